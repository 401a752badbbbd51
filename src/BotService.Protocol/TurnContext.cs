using BotService.Protocol.Schema;

namespace BotService.Protocol;

/// <summary>
/// The turn context the adapter builds for each inbound activity. Outgoing activities are addressed from the
/// inbound conversation reference, passed through the send hooks in order, then handed to the adapter.
/// </summary>
public sealed class TurnContext(BotAdapter adapter, Activity activity) : ITurnContext
{
    private readonly List<SendActivitiesHandler> _onSend = [];
    private readonly List<UpdateActivityHandler> _onUpdate = [];
    private readonly List<DeleteActivityHandler> _onDelete = [];

    public BotAdapter Adapter { get; } = adapter ?? throw new ArgumentNullException(nameof(adapter));

    public Activity Activity { get; } = activity ?? throw new ArgumentNullException(nameof(activity));

    public TurnContextStateCollection TurnState { get; } = new();

    public bool Responded { get; private set; }

    /// <summary>Replies buffered for an <c>expectReplies</c> request instead of being sent (protocol.md §1.8).</summary>
    public List<Activity> BufferedReplyActivities { get; } = [];

    public Task<ResourceResponse?> SendActivityAsync(string text, string? speak = null, string? inputHint = null, CancellationToken cancellationToken = default) =>
        SendActivityAsync(MessageFactory.Text(text, speak, inputHint ?? InputHints.AcceptingInput), cancellationToken);

    public async Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses.Length > 0 ? responses[0] : null;
    }

    public Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var reference = Activity.GetConversationReference();
        var outgoing = activities.Select(a => a.Clone().ApplyConversationReference(reference)).ToList();
        outgoing.ForEach(a => a.Type ??= ActivityTypes.Message);
        return RunSendHooksAsync(outgoing, 0, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var outgoing = activity.Clone().ApplyConversationReference(Activity.GetConversationReference());
        return RunUpdateHooksAsync(outgoing, 0, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return RunDeleteHooksAsync(reference, 0, cancellationToken);
    }

    /// <summary>
    /// Forgets the buffered replies and the <see cref="Responded"/> flag so the turn can be run again on fresh
    /// state after a storage conflict (State/StateConflictMiddleware); only valid while nothing left the process.
    /// </summary>
    internal void ResetForReplay()
    {
        BufferedReplyActivities.Clear();
        Responded = false;
    }

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        _onSend.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    public ITurnContext OnUpdateActivity(UpdateActivityHandler handler)
    {
        _onUpdate.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    public ITurnContext OnDeleteActivity(DeleteActivityHandler handler)
    {
        _onDelete.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    private async Task<ResourceResponse[]> RunSendHooksAsync(List<Activity> activities, int index, CancellationToken cancellationToken)
    {
        if (index < _onSend.Count)
        {
            return await _onSend[index](this, activities, () => RunSendHooksAsync(activities, index + 1, cancellationToken)).ConfigureAwait(false);
        }

        if (activities.Count == 0)
        {
            return [];
        }

        ResourceResponse[] responses;
        if (string.Equals(Activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal))
        {
            BufferedReplyActivities.AddRange(activities);
            responses = activities.Select(_ => new ResourceResponse(null)).ToArray();
        }
        else
        {
            responses = await Adapter.SendActivitiesAsync(this, activities, cancellationToken).ConfigureAwait(false);
        }

        if (activities.Any(a => a.Type != ActivityTypes.Trace && a.Type != ActivityTypes.InvokeResponse))
        {
            Responded = true;
        }

        return responses;
    }

    private Task<ResourceResponse> RunUpdateHooksAsync(Activity activity, int index, CancellationToken cancellationToken) =>
        index < _onUpdate.Count
            ? _onUpdate[index](this, activity, () => RunUpdateHooksAsync(activity, index + 1, cancellationToken))
            : Adapter.UpdateActivityAsync(this, activity, cancellationToken);

    private Task RunDeleteHooksAsync(ConversationReference reference, int index, CancellationToken cancellationToken) =>
        index < _onDelete.Count
            ? _onDelete[index](this, reference, () => RunDeleteHooksAsync(reference, index + 1, cancellationToken))
            : Adapter.DeleteActivityAsync(this, reference, cancellationToken);
}
