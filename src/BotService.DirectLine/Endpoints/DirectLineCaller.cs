using System.Security.Cryptography;
using System.Text;
using BotService.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BotService.DirectLine.Endpoints;

/// <summary>Who is calling: the holder of the Direct Line secret, or the holder of one conversation's token.</summary>
internal sealed record DirectLineCaller(bool IsSecret, TokenClaims? Claims, string Credential)
{
    /// <summary>
    /// Reads the bearer credential (or, for the stream, <paramref name="queryToken"/>) and checks it against
    /// <paramref name="conversationId"/> when the call is about one conversation. Missing or unreadable: 401;
    /// forged, expired or for another conversation: 403 (DirectLineJS treats 403 as "get a new token").
    /// </summary>
    public static IResult? TryAuthorize(HttpContext context, string? conversationId, out DirectLineCaller? caller, string? queryToken = null)
    {
        caller = null;
        var credential = queryToken ?? ReadBearer(context.Request);
        if (string.IsNullOrEmpty(credential))
        {
            return DirectLineErrors.MissingAuthorization();
        }

        var options = context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        if (!string.IsNullOrEmpty(options.Secret) && FixedTimeEquals(credential, options.Secret))
        {
            caller = new DirectLineCaller(true, null, credential);
            return null;
        }

        var tokens = context.RequestServices.GetRequiredService<DirectLineTokenService>();
        switch (tokens.Validate(credential, out var claims))
        {
            case TokenCheck.Valid:
                break;
            case TokenCheck.Expired:
                return DirectLineErrors.ExpiredToken();
            case TokenCheck.Malformed or TokenCheck.Missing:
                return DirectLineErrors.MissingAuthorization();
            default:
                return DirectLineErrors.InvalidToken();
        }

        if (conversationId is not null && !string.Equals(claims!.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return DirectLineErrors.WrongConversation();
        }

        caller = new DirectLineCaller(false, claims, credential);
        return null;
    }

    private static string? ReadBearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string Prefix = "Bearer ";
        return header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) ? header[Prefix.Length..].Trim() : null;
    }

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(a)), SHA256.HashData(Encoding.UTF8.GetBytes(b)));
}
