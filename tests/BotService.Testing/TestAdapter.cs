using System.Collections.Concurrent;
using BotService.Protocol;
using BotService.Protocol.Schema;

namespace BotService.Testing;

/// <summary>
/// An in-process channel for tests (the SDK's TestAdapter): builds inbound activities from a conversation
/// reference, runs the middleware and the bot, and queues what the bot sends so tests can read it in order.
/// Middleware (AutoSave, the conversation lock, ...) is added with <see cref="BotAdapter.Use"/> as on any adapter.
/// </summary>
public class TestAdapter : BotAdapter
{
    private const string TurnRepliesKey = "TestAdapter.TurnReplies";
    private readonly ConcurrentQueue<Activity> _replies = new();
    private readonly SemaphoreSlim _replyArrived = new(0);
    private readonly TimeProvider _time;
    private int _nextId;

    public TestAdapter(string channelId = Channels.Test, TimeProvider? timeProvider = null, string conversationId = "Convo1")
    {
        _time = timeProvider ?? TimeProvider.System;
        Conversation = new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = "https://test.com",
            User = new ChannelAccount("user1", "User1", RoleTypes.User),
            Bot = new ChannelAccount("bot", "Bot", RoleTypes.Bot),
            Conversation = new ConversationAccount(conversationId, "Conversation1"),
            Locale = "en-US",
        };
    }

    /// <summary>Who talks to whom; every activity made by this adapter is addressed from it.</summary>
    public ConversationReference Conversation { get; set; }

    /// <summary>Whether trace activities are queued like other replies (off by default, as in the SDK).</summary>
    public bool EnableTrace { get; set; }

    /// <summary>Activities the bot updated or deleted, for tests of those operations.</summary>
    public ConcurrentQueue<Activity> Updated { get; } = new();

    public ConcurrentQueue<string> Deleted { get; } = new();

    /// <summary>A message from the user, addressed by <see cref="Conversation"/>.</summary>
    public Activity MakeActivity(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = Conversation.User,
        Recipient = Conversation.Bot,
        Conversation = Conversation.Conversation,
        ChannelId = Conversation.ChannelId,
        ServiceUrl = Conversation.ServiceUrl,
        Locale = Conversation.Locale,
    };

    /// <summary>The conversationUpdate a channel sends when the user and the bot join the conversation.</summary>
    public Activity MakeMembersAdded()
    {
        var update = MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersAdded = [Conversation.User!, Conversation.Bot!];
        return update;
    }

    /// <summary>
    /// Runs one turn and returns the replies it produced: the buffered ones for <c>expectReplies</c>, otherwise
    /// those sent during the turn (which are also queued for <see cref="GetNextReply"/>).
    /// </summary>
    public async Task<IReadOnlyList<Activity>> ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(callback);
        Complete(activity);
        var context = new TurnContext(this, activity);
        var turnReplies = new List<Activity>();
        context.TurnState.Set(TurnRepliesKey, turnReplies);
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
        if (context.BufferedReplyActivities.Count > 0)
        {
            return context.BufferedReplyActivities.ToList();
        }

        lock (turnReplies)
        {
            return turnReplies.ToList();
        }
    }

    public Task<IReadOnlyList<Activity>> SendTextToBotAsync(string text, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        ProcessActivityAsync(MakeActivity(text), callback, cancellationToken);

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];
        var turnReplies = turnContext.TurnState.Get<List<Activity>>(TurnRepliesKey);
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            activity.Id ??= $"reply-{Interlocked.Increment(ref _nextId)}";
            activity.Timestamp ??= _time.GetUtcNow();
            responses[i] = new ResourceResponse(activity.Id);
            if (activity.Type == ActivityTypes.Trace && !EnableTrace)
            {
                continue;
            }

            if (turnReplies is not null)
            {
                lock (turnReplies)
                {
                    turnReplies.Add(activity);
                }
            }

            _replies.Enqueue(activity);
            _replyArrived.Release();
        }

        return Task.FromResult(responses);
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        Updated.Enqueue(activity);
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        Deleted.Enqueue(reference.ActivityId ?? string.Empty);
        return Task.CompletedTask;
    }

    /// <summary>The next queued reply, or null when there is none.</summary>
    public Activity? GetNextReply()
    {
        if (_replies.TryDequeue(out var activity))
        {
            _replyArrived.Wait(0);
            return activity;
        }

        return null;
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the next reply (turns that reply later, e.g. proactively).</summary>
    public async Task<Activity?> GetNextReplyAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        if (!await _replyArrived.WaitAsync(timeout, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return _replies.TryDequeue(out var activity) ? activity : null;
    }

    /// <summary>How many replies are queued and not yet read.</summary>
    public int QueuedReplies => _replies.Count;

    private void Complete(Activity activity)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId ??= Conversation.ChannelId;
        activity.ServiceUrl ??= Conversation.ServiceUrl;
        activity.From ??= Conversation.User;
        activity.Recipient ??= Conversation.Bot;
        activity.Conversation ??= Conversation.Conversation;
        activity.Locale ??= Conversation.Locale;
        activity.Id ??= $"{Interlocked.Increment(ref _nextId)}";
        activity.Timestamp ??= _time.GetUtcNow();
    }
}
