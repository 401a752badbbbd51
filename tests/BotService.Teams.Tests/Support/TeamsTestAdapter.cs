using System.Collections.Concurrent;
using BotService.Protocol;
using BotService.Protocol.Schema;

namespace BotService.Teams.Tests.Support;

/// <summary>
/// Runs turns through the real TurnContext and middleware pipeline and records what would go to the Connector,
/// with ids assigned as a channel would. (The loopback connector path is covered once the runtime branch lands.)
/// </summary>
internal sealed class TeamsTestAdapter : BotAdapter
{
    private int _nextId;

    public ConcurrentQueue<Activity> Sent { get; } = new();

    /// <summary>Runs one turn for <paramref name="activity"/> and returns its context (turn state, buffered replies).</summary>
    public async Task<TurnContext> ProcessAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        var turn = new TurnContext(this, activity);
        await RunPipelineAsync(turn, callback, cancellationToken).ConfigureAwait(false);
        return turn;
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities)
        {
            Sent.Enqueue(activity);
            responses.Add(new ResourceResponse($"reply-{Interlocked.Increment(ref _nextId)}"));
        }

        return Task.FromResult(responses.ToArray());
    }
}
