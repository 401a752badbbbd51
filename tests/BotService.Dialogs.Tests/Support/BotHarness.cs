using BotService.Dialogs;
using BotService.Dialogs.Replies;
using BotService.Dialogs.State;
using BotService.Protocol;
using BotService.Protocol.Schema;
using BotService.Protocol.State;
using BotService.Storage;
using BotService.Storage.Memory;
using BotService.Testing;
using BotService.Triage;
using BotService.Content;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BotService.Dialogs.Tests.Support;

/// <summary>
/// The real bot (TwitchBot, MainDialog, content base, triage rules, state with AutoSave) on a TestAdapter with
/// memory storage and a fixed clock. One harness is one person in one conversation.
/// </summary>
public sealed class BotHarness : IDisposable
{
    /// <summary>Saturday 2026-11-21 10:00 UTC, the reference time the case files are written against.</summary>
    public static readonly DateTimeOffset Reference = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<IConfiguration> Configuration = new(() => new ConfigurationBuilder()
        .SetBasePath(AppContext.BaseDirectory)
        .AddJsonFile("appsettings.json")
        .Build());

    private readonly ServiceProvider _services;
    private readonly IBot _bot;

    /// <param name="settings">Configuration on top of appsettings.json ("Triage:DefaultRegion" = "uk").</param>
    public BotHarness(string channelId = Channels.Test, string locale = "en-US", IStorage? storage = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = settings is null
            ? Configuration.Value
            : new ConfigurationBuilder().AddConfiguration(Configuration.Value).AddInMemoryCollection(settings).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<TimeProvider>(new FixedTime(Reference));
        collection.AddSingleton(storage ?? new MemoryStorage());
        collection.AddContentBase(configuration);
        collection.AddTriage(configuration);
        collection.AddConversation();
        _services = collection.BuildServiceProvider();
        Storage = _services.GetRequiredService<IStorage>();
        Accessors = _services.GetRequiredService<BotAccessors>();
        Adapter = new TestAdapter(channelId, new FixedTime(Reference));
        Adapter.Conversation.Locale = locale;
        Adapter.UseBotState(Accessors.All);
        _bot = _services.GetRequiredService<IBot>();
        Services = _services.GetRequiredService<ConversationServices>();
    }

    public ConversationServices Services { get; }

    /// <summary>The question the bot is waiting on, read from the stored private conversation state.</summary>
    public async Task<PendingQuestion?> PendingAsync() => (await TriageAsync())?.Pending;

    /// <summary>The conversation's triage (findings, pending question), read from the stored private conversation state.</summary>
    public async Task<TriageConversation?> TriageAsync()
    {
        var key = $"{Adapter.Conversation.ChannelId}/conversations/{Adapter.Conversation.Conversation!.Id}/users/{Adapter.Conversation.User!.Id}";
        var stored = await Storage.ReadAsync([key]);
        if (!stored.TryGetValue(key, out var value) || value is not System.Text.Json.JsonElement document
            || !document.TryGetProperty("state", out var state) || !state.TryGetProperty(nameof(TriageConversation), out var triage))
        {
            return null;
        }

        return System.Text.Json.JsonSerializer.Deserialize<TriageConversation>(triage.GetRawText(), BotJson.Options);
    }

    public TestAdapter Adapter { get; }

    public IStorage Storage { get; }

    public BotAccessors Accessors { get; }

    /// <summary>Everything said so far, for failure messages and test output.</summary>
    public List<string> Transcript { get; } = [];

    public TestFlow Flow() => new(Adapter, _bot);

    public Task<IReadOnlyList<Activity>> SayAsync(string text) => SendAsync(Adapter.MakeActivity(text));

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Text is { } said)
        {
            Transcript.Add("user: " + said);
        }

        var replies = (await Adapter.ProcessActivityAsync(activity, _bot.OnTurnAsync)).ToList();
        while (Adapter.GetNextReply() is not null)
        {
            // Drain the queue: the harness reads replies per turn, TestFlow reads them from the queue.
        }

        foreach (var reply in replies.Where(r => r.Type == ActivityTypes.Message))
        {
            var buttons = reply.SuggestedActions?.Actions is { Count: > 0 } actions
                ? " [" + string.Join("] [", actions.Select(a => a.Title)) + "]"
                : string.Empty;
            Transcript.Add("bot: " + reply.Text + buttons);
        }

        return replies;
    }

    /// <summary>Runs an invoke through the bot and returns the answer the adapter would write as the HTTP response.</summary>
    public async Task<InvokeResponse?> InvokeAsync(Activity invoke)
    {
        InvokeResponse? answer = null;
        await Adapter.ProcessActivityAsync(invoke, async (turn, cancellationToken) =>
        {
            await _bot.OnTurnAsync(turn, cancellationToken);
            answer = turn.TurnState.Get<InvokeResponse>(BotAdapter.InvokeResponseKey);
        });
        return answer;
    }

    public Task<IReadOnlyList<Activity>> JoinAsync()
    {
        var update = Adapter.MakeActivity();
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersAdded = [Adapter.Conversation.User!, Adapter.Conversation.Bot!];
        return SendAsync(update);
    }

    public static TriageOutcome? OutcomeIn(IEnumerable<Activity> replies) =>
        replies.Select(OutcomeEntity.Read).FirstOrDefault(o => o is not null);

    public override string ToString() => string.Join("\n", Transcript);

    public void Dispose() => _services.Dispose();

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
