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
/// Reads a whole JSON request body from the request's pipe and deserialises it where Kestrel buffered it: no copy
/// into a stream of our own and no scratch array per request. The size limit applies while reading, so a body
/// over it is never held whole; trailing content after the JSON value makes the body invalid.
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

            if (result.IsCompleted || result.IsCanceled)
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

        var readerOptions = new JsonReaderOptions
        {
            MaxDepth = options.MaxDepth,
            AllowTrailingCommas = options.AllowTrailingCommas,
            CommentHandling = options.ReadCommentHandling,
        };
        var reader = buffer.IsSingleSegment ? new Utf8JsonReader(buffer.FirstSpan, readerOptions) : new Utf8JsonReader(buffer, readerOptions);
        try
        {
            var value = JsonSerializer.Deserialize<T>(ref reader, options);

            // As the byte-array overload does: anything but whitespace after the value is an error (Read throws on it).
            return reader.Read()
                ? new JsonBody<T>(JsonBodyStatus.Invalid, ErrorPath: "$")
                : new JsonBody<T>(JsonBodyStatus.Read, value);
        }
        catch (JsonException ex)
        {
            return new JsonBody<T>(JsonBodyStatus.Invalid, ErrorPath: ex.Path);
        }
    }
}
