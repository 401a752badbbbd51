using BotService.Protocol.Hosting;
using BotService.Protocol.Schema;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BotService.DirectLine.Endpoints;

/// <summary>Reads JSON bodies with the size limit applied while reading, so a large body never sits in memory.</summary>
internal static class RequestBody
{
    /// <summary>An empty body gives a null value; malformed JSON or framing gives 400; too large gives 413.</summary>
    public static async Task<(T? Value, IResult? Error)> ReadOptionalAsync<T>(HttpContext context)
        where T : class
    {
        var limit = context.RequestServices.GetRequiredService<IOptions<DirectLineOptions>>().Value.MaxActivityBytes;
        if (context.Request.ContentLength > limit)
        {
            return (null, DirectLineErrors.TooLarge(limit));
        }

        JsonBody<T> body;
        try
        {
            body = await JsonRequestBody.ReadAsync<T>(context.Request.BodyReader, limit, BotJson.Options, context.RequestAborted).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel could not read the body (malformed chunked framing, say): the client's fault, answered in Direct Line's shape.
            return (null, ex.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? DirectLineErrors.TooLarge(limit)
                : DirectLineErrors.BadArgument("The request body could not be read."));
        }
        catch (ConnectionResetException)
        {
            // The client went away mid-body; nobody reads the answer.
            return (null, Results.Empty);
        }

        return body.Status switch
        {
            JsonBodyStatus.TooLarge => (null, DirectLineErrors.TooLarge(limit)),
            JsonBodyStatus.Invalid => (null, DirectLineErrors.BadArgument("The body is not valid JSON of the expected shape.")),
            _ => (body.Value, null),
        };
    }
}
