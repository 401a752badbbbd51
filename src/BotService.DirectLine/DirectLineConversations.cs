using System.Security.Cryptography;
using BotService.DirectLine.Storage;
using BotService.Protocol;
using BotService.Protocol.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotService.DirectLine;

/// <summary>
/// What the endpoints do with a conversation: create it, start it (the bot hears <c>conversationUpdate</c> with the
/// bot and the user, so it can greet before the user types; Web Chat itself sends nothing on connect), and accept
/// the user's activities (stored and echoed first, then given to the bot).
/// </summary>
public sealed class DirectLineConversations(
    IActivityLog log,
    ConversationSignals signals,
    DirectLineAdapter adapter,
    IServiceScopeFactory scopes,
    IOptions<DirectLineOptions> options,
    ILogger<DirectLineConversations> logger)
{
    // Turns of one conversation run one at a time on an instance; striped so that memory stays bounded.
    private readonly SemaphoreSlim[] _turnLocks = Enumerable.Range(0, 64).Select(_ => new SemaphoreSlim(1, 1)).ToArray();
    private bool _warnedNoBot;

    public ChannelAccount Bot => new(options.Value.BotId, options.Value.Page.BotName, RoleTypes.Bot);

    public static string NewConversationId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    /// <summary>A user id that only a token can carry: Web Chat refuses <c>dl_</c> ids that do not come from the token.</summary>
    public static string NewUserId() => "dl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    public async Task<string> CreateAsync(CancellationToken cancellationToken)
    {
        var id = NewConversationId();
        await log.CreateConversationAsync(id, cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <summary>Starts the conversation once; returns false when it had already started (then it is a 200, not a 201).</summary>
    public async Task<bool> StartAsync(string conversationId, string? userId, string? locale, string serviceUrl, CancellationToken cancellationToken)
    {
        if (!await log.TryStartAsync(conversationId, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        DirectLineLog.ConversationStarted(logger, conversationId);
        var members = new List<ChannelAccount> { Bot };
        if (!string.IsNullOrEmpty(userId))
        {
            members.Add(new ChannelAccount(userId, role: RoleTypes.User));
        }

        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = ActivityStamp.Id(conversationId, 0),
            ChannelId = Channels.DirectLine,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount(conversationId),
            From = string.IsNullOrEmpty(userId) ? Bot : new ChannelAccount(userId, role: RoleTypes.User),
            Recipient = Bot,
            MembersAdded = members,
            Locale = locale,
        };

        // conversationUpdate is for the bot only: Direct Line never shows it to clients (protocol.md §5.1). Nothing is
        // stored before it, so there is nothing an erasure could take.
        await RunTurnAsync(update, 0, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Stores and echoes the user's activity, then runs the bot's turn; returns the stored id.</summary>
    public async Task<string> PostAsync(string conversationId, Activity activity, string? tokenUserId, string serviceUrl, CancellationToken cancellationToken)
    {
        activity.Id = null;
        activity.ChannelId = Channels.DirectLine;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(conversationId);
        activity.Recipient = Bot;
        var from = activity.From ?? new ChannelAccount();
        from.Id = tokenUserId ?? (string.IsNullOrWhiteSpace(from.Id) ? "anonymous" : from.Id);
        from.Role = RoleTypes.User;
        activity.From = from;

        var stored = await log.AppendAsync(conversationId, activity, cancellationToken).ConfigureAwait(false);
        var id = stored.Id!;

        // Taken from the append's own answer before the bot sees the activity: an erasure asked for in this turn
        // deletes through exactly this message, whatever the turn does to the activity object.
        var seq = ActivityStamp.SeqOf(conversationId, id) ?? throw new InvalidOperationException("The log returned an id of another conversation.");

        // The echo is announced with the turn's first reply (each stored reply wakes the streams), so a stream sends
        // the echo and the reply in one frame instead of waking twice; the post is answered only after the turn
        // anyway. A turn that stores nothing, or fails, announces the echo itself.
        var replied = false;
        try
        {
            replied = await RunTurnAsync(stored, seq, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (!replied)
            {
                signals.Pulse(conversationId);
            }
        }

        return id;
    }

    /// <summary>
    /// Runs the bot's turn for an activity this class stored; when the bot asks for <see cref="PersonalDataErasure"/>,
    /// the conversation's activities through at least <paramref name="eraseThroughSeq"/> (the inbound message) are
    /// deleted afterwards, and the replies of this turn (the confirmation) stay so that Web Chat still receives them.
    /// </summary>
    /// <returns>Whether the turn stored a reply (and so woke the streams).</returns>
    private async Task<bool> RunTurnAsync(Activity activity, long eraseThroughSeq, CancellationToken cancellationToken)
    {
        var turnLock = _turnLocks[(int)((uint)StringComparer.Ordinal.GetHashCode(activity.Conversation!.Id!) % (uint)_turnLocks.Length)];
        await turnLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Then across instances: posts of one conversation may reach different instances (PostgreSQL log).
            await using var hold = await log.HoldTurnAsync(activity.Conversation.Id!, cancellationToken).ConfigureAwait(false);
            await using var scope = scopes.CreateAsyncScope();
            var bot = scope.ServiceProvider.GetService<IBot>();
            if (bot is null)
            {
                if (!_warnedNoBot)
                {
                    _warnedNoBot = true;
                    DirectLineLog.NoBot(logger);
                }

                return false;
            }

            var (eraseRequested, firstReplySeq) = await adapter.RunTurnAsync(activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
            if (eraseRequested && eraseThroughSeq > 0)
            {
                // Not the request's token: the bot has confirmed the deletion, so a client going away must not stop it.
                var through = await EraseThroughAsync(activity.Conversation.Id!, eraseThroughSeq, firstReplySeq).ConfigureAwait(false);
                var erased = await log.EraseThroughAsync(activity.Conversation.Id!, through, CancellationToken.None).ConfigureAwait(false);
                DirectLineLog.ConversationErased(logger, activity.Conversation.Id!, erased);
            }

            return firstReplySeq is not null;
        }
        finally
        {
            turnLock.Release();
        }
    }

    /// <summary>
    /// Where an erasure ends: everything before this turn's first reply (its confirmation stays for Web Chat to show).
    /// Not only through the request itself: a message posted just before it had its turn first, and that turn's
    /// replies, which repeat what the person said, were stored after the request.
    /// </summary>
    private async Task<long> EraseThroughAsync(string conversationId, long requestSeq, long? firstReplySeq)
    {
        if (firstReplySeq is { } first)
        {
            return Math.Max(requestSeq, first - 1);
        }

        var conversation = await log.GetConversationAsync(conversationId, CancellationToken.None).ConfigureAwait(false);
        return Math.Max(requestSeq, conversation?.LastSeq ?? 0);
    }
}
