namespace BotService.Protocol.Authentication;

/// <summary>Claim names and issuers of Bot Framework tokens (protocol.md §3.a).</summary>
public static class AuthenticationConstants
{
    public const string ServiceUrlClaim = "serviceurl";
    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";
    public const string VersionClaim = "ver";
    public const string TenantIdClaim = "tid";
    public const string AudienceClaim = "aud";
    public const string AnonymousAuthType = "anonymous";

    /// <summary>Signing algorithms the Bot Framework allows.</summary>
    public static readonly IReadOnlyList<string> AllowedSigningAlgorithms = ["RS256", "RS384", "RS512"];

    /// <summary>Clock skew allowed on token lifetimes.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>Issuers of tokens the Bot Framework Emulator gets from Azure AD (v1 and v2, public and US Gov).</summary>
    public static readonly IReadOnlyList<string> EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
    ];

    /// <summary>The single-tenant issuer forms added for a token's own <c>tid</c>.</summary>
    public static IEnumerable<string> TenantIssuers(string tenantId) =>
    [
        $"https://sts.windows.net/{tenantId}/",
        $"https://login.microsoftonline.com/{tenantId}/v2.0",
        $"https://login.microsoftonline.us/{tenantId}/v2.0",
    ];
}
