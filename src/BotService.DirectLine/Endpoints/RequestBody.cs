using BotService.Protocol.Hosting;
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

        var body = await JsonRequestBody.ReadAsync<T>(context.Request.BodyReader, limit, BotJson.Options, context.RequestAborted).ConfigureAwait(false);
        return body.Status switch
        {
            JsonBodyStatus.TooLarge => (null, DirectLineErrors.TooLarge(limit)),
            JsonBodyStatus.Invalid => (null, DirectLineErrors.BadArgument("The body is not valid JSON of the expected shape.")),
            _ => (body.Value, null),
        };
    }
}
