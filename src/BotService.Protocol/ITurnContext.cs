using BotService.Protocol.Schema;

namespace BotService.Protocol;

/// <summary>Runs around every send; may change the list, and calls <paramref name="next"/> to send it.</summary>
public delegate Task<ResourceResponse[]> SendActivitiesHandler(
    ITurnContext turnContext, List<Activity> activities, Func<Task<ResourceResponse[]>> next);

public delegate Task<ResourceResponse> UpdateActivityHandler(
    ITurnContext turnContext, Activity activity, Func<Task<ResourceResponse>> next);

public delegate Task DeleteActivityHandler(
    ITurnContext turnContext, ConversationReference reference, Func<Task> next);

/// <summary>
/// One turn of a conversation: the inbound activity, a per-turn state bag, and the way to answer
/// (botbuilder-dotnet ITurnContext, style.md §2.1).
/// </summary>
public interface ITurnContext
{
    BotAdapter Adapter { get; }

    Activity Activity { get; }

    /// <summary>Per-turn services and cached state, keyed by name; gone after the turn.</summary>
    TurnContextStateCollection TurnState { get; }

    /// <summary>True once a non-trace activity has been sent in this turn.</summary>
    bool Responded { get; }

    Task<ResourceResponse?> SendActivityAsync(string text, string? speak = null, string? inputHint = null, CancellationToken cancellationToken = default);

    Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse[]> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    ITurnContext OnSendActivities(SendActivitiesHandler handler);

    ITurnContext OnUpdateActivity(UpdateActivityHandler handler);

    ITurnContext OnDeleteActivity(DeleteActivityHandler handler);
}
