using System.Text.Json;
using BotService.Protocol.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace BotService.Protocol.Hosting;

/// <summary>
/// Reads an Activity from a request with the endpoint's limits: JSON content type (else 415), body size
/// (else 413), parseable JSON no deeper than 128 with a <c>type</c> (else 400) (protocol.md §1.1, §1.9).
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

        var body = await ReadLimitedAsync(request.Body, maxBodyBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            return (null, TooLarge(maxBodyBytes));
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
        }
        catch (JsonException ex)
        {
            var where = ex.Path is null ? string.Empty : $" Problem at {ex.Path}.";
            return (null, Problem(StatusCodes.Status400BadRequest, "Invalid activity", "The body is not a valid JSON activity." + where));
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Invalid activity", "The activity has no type."));
        }

        if (activity.ServiceUrl is not null && !IsHttpUrl(activity.ServiceUrl))
        {
            return (null, Problem(StatusCodes.Status400BadRequest, "Invalid activity", "The serviceUrl is not an absolute http(s) URL."));
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

    /// <summary>The whole body, or null when it is longer than <paramref name="limit"/> (chunked bodies have no length).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
