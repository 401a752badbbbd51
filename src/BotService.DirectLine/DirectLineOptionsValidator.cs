using Microsoft.Extensions.Options;

namespace BotService.DirectLine;

/// <summary>Checks what data annotations cannot: key formats, the storage choice, and the multi-instance rule.</summary>
internal sealed class DirectLineOptionsValidator : IValidateOptions<DirectLineOptions>
{
    private static readonly string[] Providers = ["Sqlite", "Postgres", "Memory"];

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        var errors = new List<string>();
        if (!string.IsNullOrEmpty(options.Secret) && options.Secret.Length < 32)
        {
            errors.Add("DirectLine:Secret must be at least 32 characters (or empty to disable secret authentication).");
        }

        if (!string.IsNullOrEmpty(options.TokenSigningKey) && !IsKey(options.TokenSigningKey))
        {
            errors.Add("DirectLine:TokenSigningKey must be base64 of at least 32 bytes, e.g. `openssl rand -base64 32`.");
        }

        if (!Providers.Contains(options.StorageProvider, StringComparer.OrdinalIgnoreCase))
        {
            errors.Add($"Storage:Provider must be one of {string.Join(", ", Providers)}.");
        }
        else if (string.Equals(options.StorageProvider, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(options.PostgresConnectionString))
            {
                errors.Add("Storage:Provider is Postgres but ConnectionStrings:Postgres is empty.");
            }

            // Several instances share one activity log; a token minted by one must verify on the others.
            if (string.IsNullOrEmpty(options.TokenSigningKey))
            {
                errors.Add("With Storage:Provider=Postgres (several instances), DirectLine:TokenSigningKey must be configured and shared.");
            }
        }

        foreach (var origin in options.AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https") ||
                uri.AbsolutePath != "/" || origin.EndsWith('/'))
            {
                errors.Add($"DirectLine:AllowedOrigins entry '{origin}' must be an origin such as https://clinic.example (no path, no trailing slash).");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsKey(string value)
    {
        var buffer = new byte[value.Length];
        return Convert.TryFromBase64String(value, buffer, out var written) && written >= 32;
    }
}
