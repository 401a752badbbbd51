using System.Text.Json;
using BotService.DirectLine.Storage;
using BotService.Protocol;
using BotService.Protocol.Hosting;
using BotService.Protocol.Schema;

namespace BotService.DirectLine;

/// <summary>
/// The adapter for Direct Line conversations: runs the bot pipeline for activities that Web Chat posts and, instead
/// of calling a Connector service, appends the bot's replies to the conversation's activity log, from where polls
/// and WebSocket streams deliver them (protocol.md §5). Middleware registered in DI as <see cref="IMiddleware"/> is used.
/// A failed turn is handled by the same <see cref="BotTurnErrorHandler"/> as <c>/api/messages</c>; a reply the log
/// cannot store is a reply not delivered (<see cref="ReplyDeliveryException"/>), which the post answers with 503.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter
{
    private const string DelayType = "delay";
    private readonly IActivityLog _log;
    private readonly ConversationSignals _signals;
    private readonly TimeProvider _time;

    public DirectLineAdapter(IActivityLog log, ConversationSignals signals, TimeProvider time, IEnumerable<IMiddleware> middleware, BotTurnErrorHandler errorHandler)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        ArgumentNullException.ThrowIfNull(errorHandler);
        _log = log;
        _signals = signals;
        _time = time;
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = errorHandler.HandleAsync;
    }

    /// <summary>Runs one turn for an activity that is already stored in the log (it carries its id and timestamp).</summary>
    public Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        RunTurnAsync(activity, callback, cancellationToken);

    /// <summary>
    /// Runs one turn; says whether the bot asked for the conversation's <see cref="PersonalDataErasure"/>, and the
    /// sequence number of the turn's first reply in the log, if it sent one.
    /// </summary>
    internal async Task<(bool EraseRequested, long? FirstReplySeq)> RunTurnAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var turnContext = new TurnContext(this, activity);
        await RunPipelineAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
        return (PersonalDataErasure.IsRequested(turnContext), turnContext.TurnState.Get<FirstReply>()?.Seq);
    }

    /// <summary>Proactive message into a Direct Line conversation (the SDK's ContinueConversation pattern, protocol.md §8).</summary>
    public Task ContinueConversationAsync(ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var activity = new Activity
        {
            Type = ActivityTypes.Event,
            Name = "ContinueConversation",
            ChannelId = Channels.DirectLine,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            From = reference.User,
            Recipient = reference.Bot,
            Locale = reference.Locale,
            RelatesTo = reference,
        };
        return RunPipelineAsync(new TurnContext(this, activity), callback, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            if (activity.IsType(DelayType))
            {
                await Task.Delay(DelayOf(activity), _time, cancellationToken).ConfigureAwait(false);
                responses[i] = new ResourceResponse(null);
                continue;
            }

            // Trace activities are for the Emulator only, invoke answers never go on the wire (protocol.md §8.12).
            if (activity.IsType(ActivityTypes.Trace) || activity.IsType(ActivityTypes.InvokeResponse))
            {
                responses[i] = new ResourceResponse(null);
                continue;
            }

            var conversationId = activity.Conversation?.Id
                ?? throw new InvalidOperationException("A reply must be addressed to a conversation.");
            var outgoing = activity.Clone();
            outgoing.Id = null;
            outgoing.ChannelId = Channels.DirectLine;
            outgoing.From = new ChannelAccount(outgoing.From?.Id ?? "bot", outgoing.From?.Name, RoleTypes.Bot);
            Activity stored;
            try
            {
                stored = await _log.AppendAsync(conversationId, outgoing, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (StorageOutage.Is(ex))
            {
                // The log is how Direct Line delivers: the error handler keeps the conversation state for this.
                throw new ReplyDeliveryException("The Direct Line log could not store the bot's reply.", ex);
            }

            if (turnContext.TurnState.Get<FirstReply>() is null && ActivityStamp.SeqOf(conversationId, stored.Id) is { } seq)
            {
                turnContext.TurnState.Set(new FirstReply(seq));
            }

            _signals.Pulse(conversationId);
            responses[i] = new ResourceResponse(stored.Id);
        }

        return responses;
    }

    private static TimeSpan DelayOf(Activity activity)
    {
        var milliseconds = activity.Value switch
        {
            JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt32(out var ms) => ms,
            int ms => ms,
            _ => 1000,
        };
        return TimeSpan.FromMilliseconds(Math.Clamp(milliseconds, 0, 10_000));
    }

    /// <summary>Where a turn's replies begin in the log: an erasure in that turn deletes everything before it.</summary>
    private sealed record FirstReply(long Seq);
}
