using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;

namespace BotService.Protocol.Hosting;

/// <summary>What reading a JSON request body found.</summary>
public enum JsonBodyStatus
{
    Read,
    Empty,
    TooLarge,
    Invalid,
}

/// <summary>A request body read as JSON: the value, or why there is none (<see cref="ErrorPath"/>: where the JSON broke).</summary>
public readonly record struct JsonBody<T>(JsonBodyStatus Status, T? Value = default, string? ErrorPath = null);

/// <summary>
/// Reads a whole JSON request body from the request's pipe and deserialises it where Kestrel buffered it: no scratch
/// array or stream of our own per request. The size limit applies while reading, so a body over it is never held
/// whole. Parsing is the serialiser's span overload, as before: one pass, trailing content an error, and the error's
/// JSON path as precise.
/// </summary>
public static class JsonRequestBody
{
    public static async Task<JsonBody<T>> ReadAsync<T>(PipeReader body, int limit, JsonSerializerOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(options);
        while (true)
        {
            var result = await body.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length > limit)
            {
                body.AdvanceTo(buffer.End);
                return new JsonBody<T>(JsonBodyStatus.TooLarge);
            }

            if (result.IsCanceled)
            {
                body.AdvanceTo(buffer.Start, buffer.End);
                throw new OperationCanceledException("The read of the request body was cancelled.");
            }

            if (result.IsCompleted)
            {
                try
                {
                    return Parse<T>(buffer, options);
                }
                finally
                {
                    body.AdvanceTo(buffer.End);
                }
            }

            // Nothing consumed, everything examined: the next read returns when more of the body has arrived.
            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static JsonBody<T> Parse<T>(ReadOnlySequence<byte> buffer, JsonSerializerOptions options)
    {
        if (buffer.IsEmpty)
        {
            return new JsonBody<T>(JsonBodyStatus.Empty);
        }

        try
        {
            // A body longer than one of Kestrel's 4 KB blocks arrives in several; it is copied once to parse it.
            var value = buffer.IsSingleSegment
                ? JsonSerializer.Deserialize<T>(buffer.FirstSpan, options)
                : JsonSerializer.Deserialize<T>(buffer.ToArray(), options);
            return new JsonBody<T>(JsonBodyStatus.Read, value);
        }
        catch (JsonException ex)
        {
            return new JsonBody<T>(JsonBodyStatus.Invalid, ErrorPath: ex.Path);
        }
    }
}
