using Microsoft.Extensions.Options;

namespace BotService.Protocol.Authentication;

/// <summary>Fails start-up on credential combinations the SDK also rejects (protocol.md §3.b).</summary>
public sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var type = options.MicrosoftAppType?.Trim();
        if (string.Equals(type, BotAuthenticationOptions.AppTypes.UserAssignedMsi, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add("MicrosoftAppType UserAssignedMSI is not supported by this host; use MultiTenant or SingleTenant.");
        }

        if (options.IsSingleTenant &&
            (options.IsAnonymous || string.IsNullOrWhiteSpace(options.MicrosoftAppPassword) || string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId)))
        {
            failures.Add("MicrosoftAppType SingleTenant needs MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId.");
        }

        if (!options.IsAnonymous && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add("MicrosoftAppPassword is required when MicrosoftAppId is set.");
        }

        CheckUrl(options.ToBotFromChannelOpenIdMetadataUrl, nameof(options.ToBotFromChannelOpenIdMetadataUrl), failures);
        CheckUrl(options.ToBotFromEmulatorOpenIdMetadataUrl, nameof(options.ToBotFromEmulatorOpenIdMetadataUrl), failures);
        CheckUrl(options.ToChannelFromBotLoginUrl, nameof(options.ToChannelFromBotLoginUrl), failures);
        if (string.IsNullOrWhiteSpace(options.ToBotFromChannelTokenIssuer) || string.IsNullOrWhiteSpace(options.ToChannelFromBotOAuthScope))
        {
            failures.Add("ToBotFromChannelTokenIssuer and ToChannelFromBotOAuthScope must not be empty.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckUrl(string? value, string key, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"{key} must be an absolute http(s) URL.");
        }
    }
}
