using System.Data.Common;
using BotService.DirectLine.Storage;
using BotService.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotService.DirectLine.Endpoints;

/// <summary>
/// A storage outage answers 503 with the Direct Line error body instead of a 500 (also when it kept a bot's reply from
/// being stored: the turn's state was kept, and Web Chat marks the message as not sent); data the store refuses
/// (<see cref="RefusedData"/>) answers 400; a post to a conversation that does not exist (or expired) answers 404, from
/// the append's <see cref="KeyNotFoundException"/>, before the bot sees it.
/// </summary>
internal sealed class StorageFailureFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (DbException ex) when (RefusedData.Is(ex))
        {
            // The client sent something the log cannot hold (a NUL in the activity's type, say): its fault, not an outage.
            var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("BotService.DirectLine");
            DirectLineLog.DataRefused(logger, ex.SqlState);
            return DirectLineErrors.BadArgument("The request holds text the conversation store cannot keep, such as a NUL character.");
        }
        catch (Exception ex) when (StorageOutage.Is(ex) && !context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("BotService.DirectLine");
            DirectLineLog.StorageUnavailable(logger, ex);
            return DirectLineErrors.StorageUnavailable();
        }
        catch (KeyNotFoundException)
        {
            return DirectLineErrors.NotFound();
        }
    }
}
