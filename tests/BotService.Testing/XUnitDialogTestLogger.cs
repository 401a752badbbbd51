using BotService.Protocol;
using BotService.Protocol.Schema;
using Xunit.Abstractions;

namespace BotService.Testing;

/// <summary>Writes each turn (user line, bot lines) to the xunit test output, so a failing dialog test shows the transcript.</summary>
public sealed class XUnitDialogTestLogger(ITestOutputHelper output) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var inbound = turnContext.Activity;
        output.WriteLine(inbound.IsType(ActivityTypes.Message) ? $"User: {inbound.Text}" : $"User: ({inbound.Type})");
        turnContext.OnSendActivities(async (ctx, activities, nextSend) =>
        {
            foreach (var activity in activities)
            {
                output.WriteLine(activity.IsType(ActivityTypes.Message) ? $"Bot:  {activity.Text}" : $"Bot:  ({activity.Type})");
            }

            return await nextSend().ConfigureAwait(false);
        });
        await next(cancellationToken).ConfigureAwait(false);
    }
}
