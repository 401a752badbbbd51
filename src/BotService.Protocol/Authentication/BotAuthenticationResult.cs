using System.Security.Claims;

namespace BotService.Protocol.Authentication;

/// <summary>Who sent a request, and the <c>callerId</c> to stamp on its activity (null for Emulator/anonymous).</summary>
public sealed record BotAuthenticationResult(ClaimsIdentity Identity, string? CallerId)
{
    /// <summary>The callerId of requests from Azure Bot Service channels in the public cloud.</summary>
    public const string AzureCallerId = Schema.CallerIdConstants.PublicAzureChannel;

    public bool IsAnonymous => Identity.AuthenticationType == AuthenticationConstants.AnonymousAuthType;
}
