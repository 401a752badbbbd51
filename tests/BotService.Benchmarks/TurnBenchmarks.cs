using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BotService.DialogEngine;
using BotService.DialogEngine.Prompts;
using BotService.DialogEngine.Waterfall;
using BotService.Protocol;
using BotService.Protocol.Schema;
using BotService.Protocol.State;
using BotService.Storage;
using BotService.Storage.Memory;
using BotService.Storage.Postgres;
using BotService.Storage.Sqlite;
using BotService.Testing.Postgres;

namespace BotService.Benchmarks;

/// <summary>
/// One full turn in process: activity JSON in, the adapter pipeline (conversation lock, conflict guard, auto-save),
/// RunAsync continuing a prompt, a waterfall step that answers and asks again, conversation state saved, and the
/// buffered replies serialised to JSON out. The conversation loops, so every turn does the same work and writes.
/// Run: dotnet run -c Release --project tests/BotService.Benchmarks -- --filter '*TurnBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private PostgresServer? _postgres;
    private IStorage? _storage;
    private string? _sqliteFolder;
    private BenchAdapter? _adapter;
    private BotCallbackHandler? _bot;
    private byte[] _inbound = [];

    [Params("Memory", "Sqlite", "Postgres")]
    public string Provider { get; set; } = "Sqlite";

    // Synchronous: the in-process toolchain does not await an async GlobalSetup.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    public async Task SetupAsync()
    {
        _storage = Provider switch
        {
            "Memory" => new MemoryStorage(),
            "Sqlite" => new SqliteStorage(Path.Combine(_sqliteFolder = Directory.CreateTempSubdirectory("botservice-bench-").FullName, "botstate.db")),
            _ => new PostgresStorage(await (_postgres = await PostgresServer.StartAsync()).CreateDatabaseAsync("bench")),
        };
        var conversationState = new ConversationState(_storage);
        var dialogState = conversationState.CreateProperty<DialogState>(DialogStateKeys.DialogState);
        var dialog = EchoLoop();
        _adapter = new BenchAdapter();
        _adapter.UseBotState(conversationState);
        _bot = (ctx, ct) => dialog.RunAsync(ctx, dialogState, ct);
        _inbound = JsonSerializer.SerializeToUtf8Bytes(new Activity
        {
            Type = ActivityTypes.Message,
            Id = "in-1",
            ChannelId = Channels.Webchat,
            ServiceUrl = "https://localhost/",
            From = new ChannelAccount("user-1", "User", RoleTypes.User),
            Recipient = new ChannelAccount("bot", "Bot", RoleTypes.Bot),
            Conversation = new ConversationAccount("conversation-1"),
            Locale = "en-US",
            Text = "my left eyelid keeps twitching",
            DeliveryMode = DeliveryModes.ExpectReplies,
        }, BotJson.Options);
        await TurnAsync(); // begins the dialog, so every measured turn continues it
    }

    public async Task CleanupAsync()
    {
        switch (_storage)
        {
            case SqliteStorage sqlite:
                sqlite.Dispose();
                Directory.Delete(_sqliteFolder!, recursive: true);
                break;
            case PostgresStorage postgres:
                await postgres.DisposeAsync();
                break;
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }

    [Benchmark]
    public async Task<int> TurnAsync()
    {
        var activity = JsonSerializer.Deserialize<Activity>(_inbound, BotJson.Options)!;
        var replies = await _adapter!.ProcessAsync(activity, _bot!);
        return JsonSerializer.SerializeToUtf8Bytes(new ExpectedReplies(replies), BotJson.Options).Length;
    }

    private static ComponentDialog EchoLoop() => new ComponentDialog("echo")
        .AddDialog(new WaterfallDialog("loop",
        [
            (step, ct) => step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text("What else do you notice?") }, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Noted: {step.Result}", cancellationToken: ct);
                return await step.ReplaceDialogAsync("loop", null, ct);
            },
        ]))
        .AddDialog(new TextPrompt());

    /// <summary>The smallest adapter: runs the pipeline and hands back the buffered (expectReplies) replies.</summary>
    private sealed class BenchAdapter : BotAdapter
    {
        public async Task<List<Activity>> ProcessAsync(Activity activity, BotCallbackHandler bot)
        {
            var context = new TurnContext(this, activity);
            await RunPipelineAsync(context, bot, CancellationToken.None).ConfigureAwait(false);
            return context.BufferedReplyActivities;
        }

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("expectReplies turns never send through the adapter.");
    }
}
