using BotService.Protocol;
using BotService.Protocol.Connector;
using BotService.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotService.Teams.Sending;

/// <summary>
/// On msteams, a send hook that keeps every outgoing message inside the Teams limits: messages over the size
/// limit are split (<see cref="TeamsMessageSplitter"/>), and each activity waits for its turn in its thread
/// (<see cref="TeamsSendPacer"/>) before the rest of the send pipeline runs for it. Register it after the other
/// Teams middleware, so that it sees the final activities (cards included).
/// </summary>
public sealed class TeamsSendLimitsMiddleware(
    TeamsSendPacer pacer, int maxMessageBytes = TeamsMessageSplitter.DefaultMaxBytes, ILogger<TeamsSendLimitsMiddleware>? logger = null) : IMiddleware
{
    private readonly ILogger _logger = logger ?? NullLogger<TeamsSendLimitsMiddleware>.Instance;

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity.IsTeams())
        {
            turnContext.OnSendActivities((context, activities, sendNext) => SendWithinLimitsAsync(context, activities, sendNext, cancellationToken));
        }

        return next(cancellationToken);
    }

    private async Task<ResourceResponse[]> SendWithinLimitsAsync(
        ITurnContext context, List<Activity> activities, Func<Task<ResourceResponse[]>> sendNext, CancellationToken cancellationToken)
    {
        var expanded = activities.SelectMany(SplitAndLog).ToList();

        // Replies to an expectReplies request are buffered, not posted, so they need no pacing.
        if (string.Equals(context.Activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal))
        {
            Replace(activities, expanded);
            return await sendNext().ConfigureAwait(false);
        }

        // The rest of the pipeline runs once per activity, so each one goes out at its own paced moment.
        var responses = new List<ResourceResponse>(expanded.Count);
        foreach (var activity in expanded)
        {
            if (!activity.IsType(ActivityTypes.Trace))
            {
                // The pacing wait counts against the turn's wait budget (the runtime's CloudAdapter gives one), so that it
                // and the Connector's retries together cannot hold the channel's call past it.
                await pacer.WaitTurnAsync(activity.Conversation?.Id ?? string.Empty, context.TurnState.Get<ConnectorWaitBudget>(), cancellationToken).ConfigureAwait(false);
            }

            Replace(activities, [activity]);
            responses.AddRange(await sendNext().ConfigureAwait(false));
        }

        Replace(activities, expanded);
        return [.. responses];
    }

    private IReadOnlyList<Activity> SplitAndLog(Activity activity)
    {
        var parts = TeamsMessageSplitter.Split(activity, maxMessageBytes);
        if (parts.Count > 1)
        {
            TeamsSendLog.Split(_logger, TeamsMessageSplitter.MeasureBytes(activity), parts.Count);
        }

        return parts;
    }

    private static void Replace(List<Activity> target, IEnumerable<Activity> items)
    {
        var copy = items.ToList();
        target.Clear();
        target.AddRange(copy);
    }
}
