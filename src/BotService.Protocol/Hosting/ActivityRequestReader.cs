using BotService.Protocol.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace BotService.Protocol.Hosting;

/// <summary>
/// Reads an Activity from a request with the endpoint's limits: JSON content type (else 415), body size
/// (else 413), parseable JSON no deeper than 128 with a <c>type</c>, somewhere to send replies (a <c>serviceUrl</c> or
/// expectReplies), no null members, and ids its state can be kept under (<see cref="ActivityIds"/>) (else 400)
/// (protocol.md §1.1, §1.9).
/// </summary>
public static class ActivityRequestReader
{
    public static async Task<(Activity? Activity, IResult? Error)> ReadAsync(HttpRequest request, int maxBodyBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IsJson(request.ContentType))
        {
            return (null, Problem(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the activity as application/json."));
        }

        if (request.ContentLength > maxBodyBytes)
        {
            return (null, TooLarge(maxBodyBytes));
        }

        var body = await JsonRequestBody.ReadAsync<Activity>(request.BodyReader, maxBodyBytes, BotJson.Options, cancellationToken).ConfigureAwait(false);
        switch (body.Status)
        {
            case JsonBodyStatus.TooLarge:
                return (null, TooLarge(maxBodyBytes));
            case JsonBodyStatus.Empty or JsonBodyStatus.Invalid:
                var where = body.ErrorPath is null ? string.Empty : $" Problem at {body.ErrorPath}.";
                return (null, Problem(StatusCodes.Status400BadRequest, "Invalid activity", "The body is not a valid JSON activity." + where));
        }

        var activity = body.Value;
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Invalid activity", "The activity has no type."));
        }

        if (activity.ServiceUrl is not null && !IsHttpUrl(activity.ServiceUrl))
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Invalid activity", "The serviceUrl is not an absolute http(s) URL."));
        }

        // Every channel sends one; without it, and without expectReplies, the turn's replies would have nowhere to go.
        if (string.IsNullOrEmpty(activity.ServiceUrl) && !string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal))
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Invalid activity", "The activity has no serviceUrl to reply to; send one, or set deliveryMode to expectReplies."));
        }

        if (activity.MembersAdded?.Contains(null!) == true || activity.MembersRemoved?.Contains(null!) == true)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Invalid activity", "membersAdded and membersRemoved must not hold null."));
        }

        if (ActivityIds.Problem(activity) is { } ids)
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Invalid activity", ids));
        }

        return (activity, null);
    }

    public static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    private static IResult TooLarge(int maxBodyBytes) =>
        Problem(StatusCodes.Status413PayloadTooLarge, "Activity too large", $"The body is larger than {maxBodyBytes} bytes.");

    private static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return false;
        }

        var charsetOk = !mediaType.Charset.HasValue ||
            mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || mediaType.Charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
        return charsetOk && (mediaType.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
            mediaType.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
