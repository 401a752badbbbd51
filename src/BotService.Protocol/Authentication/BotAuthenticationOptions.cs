namespace BotService.Protocol.Authentication;

/// <summary>
/// Credentials and authentication endpoints, bound from top-level keys of appsettings.json as the Azure Bot
/// templates name them (protocol.md §3). An empty <see cref="MicrosoftAppId"/> means anonymous local use.
/// The endpoint URLs default to the public Azure cloud; tests point them at loopback servers.
/// </summary>
public sealed class BotAuthenticationOptions
{
    /// <summary>MultiTenant (default, also when empty or unknown) or SingleTenant.</summary>
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Required for SingleTenant; the tenant the outgoing token is requested from.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    public string ToBotFromChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>Authority prefix for outgoing tokens; the tenant is appended (MSAL needs HTTPS here).</summary>
    public string ToChannelFromBotLoginUrl { get; set; } = "https://login.microsoftonline.com";

    /// <summary>Resource of the outgoing token; <c>/.default</c> is appended.</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com";

    /// <summary>True when no app id is configured: requests without a token are accepted, replies carry none.</summary>
    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsSingleTenant => string.Equals(MicrosoftAppType?.Trim(), AppTypes.SingleTenant, StringComparison.OrdinalIgnoreCase);

    /// <summary>The tenant outgoing tokens come from: the app's tenant for SingleTenant, else botframework.com.</summary>
    public string ChannelAuthTenant => IsSingleTenant ? MicrosoftAppTenantId!.Trim() : "botframework.com";

    public static class AppTypes
    {
        public const string MultiTenant = "MultiTenant";
        public const string SingleTenant = "SingleTenant";
        public const string UserAssignedMsi = "UserAssignedMSI";
    }
}
