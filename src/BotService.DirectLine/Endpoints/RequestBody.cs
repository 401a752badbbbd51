using System.Text.Json;
using BotService.Protocol.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BotService.DirectLine.Endpoints;

/// <summary>Reads JSON bodies with the size limit applied while reading, so a large body never sits in memory.</summary>
internal static class RequestBody
{
    /// <summary>An empty body gives a null value; malformed JSON gives 400; too large gives 413.</summary>
    public static async Task<(T? Value, IResult? Error)> ReadOptionalAsync<T>(HttpContext context)
        where T : class
    {
        var limit = context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.MaxActivityBytes;
        if (context.Request.ContentLength > limit)
        {
            return (null, DirectLineErrors.TooLarge(limit));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return (null, DirectLineErrors.TooLarge(limit));
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return (null, null);
        }

        try
        {
            var value = JsonSerializer.Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), BotJson.Options);
            return (value, null);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadArgument("The body is not valid JSON of the expected shape."));
        }
    }
}
