using Microsoft.AspNetCore.Http;

namespace BotService.DirectLine.Endpoints;

/// <summary>Error answers in the Direct Line shape, with the status codes DirectLineJS acts on (403 = expired token, 404 = ended).</summary>
internal static class DirectLineErrors
{
    public static IResult MissingAuthorization() => Error(401, "Unauthorized", "Send Authorization: Bearer <token or secret>.");

    public static IResult InvalidToken() => Error(403, "TokenInvalid", "The token is not valid.");

    public static IResult ExpiredToken() => Error(403, "TokenExpired", "The token has expired; get a new one.");

    public static IResult WrongConversation() => Error(403, "Forbidden", "The token is for another conversation.");

    public static IResult SecretRequired() => Error(403, "Forbidden", "This call needs the Direct Line secret.");

    public static IResult TokenRequired() => Error(400, "BadArgument", "This call needs a conversation token, not the secret.");

    public static IResult NotFound() => Error(404, "NotFound", "The conversation does not exist or has expired.");

    public static IResult BadArgument(string message) => Error(400, "BadArgument", message);

    public static IResult TooLarge(int limit) => Error(413, "MessageSizeTooBig", $"An activity may be at most {limit} bytes.");

    public static IResult UnsupportedMediaType() => Error(415, "BadArgument", "Send the activity as application/json.");

    public static IResult StorageUnavailable() => Error(503, "ServiceUnavailable", "The conversation store is unavailable; try again shortly.");

    public static IResult NotImplemented(string what) => Error(501, "NotImplemented", what + " is not supported by this endpoint.");

    /// <summary>429 with Retry-After; <paramref name="scope"/> says whose requests were too many.</summary>
    public static IResult TooManyRequests(TimeSpan retryAfter, string scope = "in this conversation") => new TooManyRequestsResult(retryAfter, scope);

    public static IResult Error(int status, string code, string message) =>
        Results.Json(new ErrorResponse(new ErrorDetail(code, message)), statusCode: status);

    private sealed class TooManyRequestsResult(TimeSpan retryAfter, string scope) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Error(429, "TooManyRequests", $"Too many requests {scope}; retry after {seconds} s.").ExecuteAsync(httpContext);
        }
    }
}
