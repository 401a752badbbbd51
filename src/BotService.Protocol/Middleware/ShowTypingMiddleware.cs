using BotService.Protocol.Hosting;
using BotService.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace BotService.Protocol.Middleware;

/// <summary>
/// Shows a typing indicator while a message turn is slow: the first after 500 ms, then one every 2 s until
/// the turn ends (protocol.md §1.6, the SDK's ShowTypingMiddleware defaults). Not used for expectReplies
/// turns, whose replies must all travel in the HTTP answer.
/// </summary>
public sealed class ShowTypingMiddleware(IOptions<BotOptions> options, TimeProvider timeProvider) : IMiddleware
{
    private readonly TimeSpan _delay = TimeSpan.FromMilliseconds(options.Value.TypingDelayMilliseconds);
    private readonly TimeSpan _period = TimeSpan.FromMilliseconds(options.Value.TypingPeriodMilliseconds);

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (!activity.IsType(ActivityTypes.Message) ||
            string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = SendTypingUntilStoppedAsync(turnContext, stop.Token);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await typing.ConfigureAwait(false);
        }
    }

    private async Task SendTypingUntilStoppedAsync(ITurnContext turnContext, CancellationToken stop)
    {
        try
        {
            await Task.Delay(_delay, timeProvider, stop).ConfigureAwait(false);
            while (!stop.IsCancellationRequested)
            {
                var typing = new Activity { Type = ActivityTypes.Typing, RelatesTo = turnContext.Activity.RelatesTo }
                    .ApplyConversationReference(turnContext.Activity.GetConversationReference());

                // Straight to the adapter: a typing indicator is not a reply and must not run the send hooks.
                await turnContext.Adapter.SendActivitiesAsync(turnContext, [typing], stop).ConfigureAwait(false);
                await Task.Delay(_period, timeProvider, stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn ended: stop quietly.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A lost typing indicator is not worth failing the turn for.
        }
    }
}
