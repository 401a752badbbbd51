using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BotService.Protocol;
using BotService.Protocol.Schema;
using BotService.Teams;
using BotService.Teams.Cards;
using BotService.Teams.Sending;

namespace BotService.Benchmarks;

/// <summary>
/// What the Teams middleware adds to one turn: mention removal, the response policy, card submissions, turning a
/// question's suggested actions into an Adaptive Card, size check and per-thread pacing bookkeeping. The adapter
/// delivers nowhere, so only our code is measured. The pacer keeps its full bookkeeping but with a window so wide
/// that it never waits: with the real Teams windows a loop this fast would measure the throttle (7 sends per second
/// per thread), not the CPU.
/// Run: dotnet run -c Release --project tests/BotService.Benchmarks -- --filter '*TeamsMiddleware*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class TeamsMiddlewareBenchmarks
{
    private const int Conversations = 4096;
    private readonly NullAdapter _adapter = new();
    private readonly BotCallbackHandler _bot = (turn, ct) => turn.SendActivitiesAsync(
        [MessageFactory.Text($"You said: {turn.Activity.Text}"), MessageFactory.SuggestedActions(["Eyelid", "Leg", "Somewhere else"], "Where is it?")], ct);

    private readonly BotCallbackHandler _multiSelectBot = (turn, ct) => turn.SendActivityAsync(
        MessageFactory.SuggestedActions(["Weakness", "Numbness", "Pain", "None of these"], "Anything else?").MarkMultiSelect(), ct);

    private readonly BotCallbackHandler _plainBot = (turn, ct) => turn.SendActivityAsync(MessageFactory.Text("Eyelid twitching is common."), ct);

    private string[] _channelMessages = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _adapter.Use(new TeamsMentionMiddleware())
            .Use(new TeamsCardSubmitMiddleware())
            .Use(new TeamsSuggestedActionsToCardMiddleware())
            .Use(new TeamsSendLimitsMiddleware(new TeamsSendPacer(TimeProvider.System, [new RateWindow(int.MaxValue, TimeSpan.FromSeconds(1))])));
        _channelMessages = Enumerable.Range(0, Conversations).Select(i => $$"""
            {"type":"message","id":"{{i}}","serviceUrl":"https://smba.trafficmanager.net/amer/","channelId":"msteams",
             "from":{"id":"29:user{{i}}","name":"Megan Bowen"},"recipient":{"id":"28:bot","name":"Twitch Guide"},
             "conversation":{"isGroup":true,"conversationType":"channel","tenantId":"t","id":"19:c@thread.tacv2;messageid={{i}}"},
             "text":"<at>Twitch Guide</at> my eyelid has been twitching for two weeks",
             "entities":[{"type":"mention","mentioned":{"id":"28:bot","name":"Twitch Guide"},"text":"<at>Twitch Guide</at>"}],
             "channelData":{"team":{"id":"19:team@thread.tacv2"},"channel":{"id":"19:c@thread.tacv2"},"tenant":{"id":"t"} } }
            """).ToArray();
    }

    private Activity NextInbound() =>
        JsonSerializer.Deserialize<Activity>(_channelMessages[_next++ % Conversations], BotJson.Options)!;

    [Benchmark(Baseline = true, Description = "parse only (baseline)")]
    public Activity ParseOnly() => NextInbound();

    [Benchmark(Description = "channel turn: echo + 3-choice card")]
    public Task ChannelTurnWithCard() => _adapter.RunAsync(NextInbound(), _bot);

    [Benchmark(Description = "channel turn: one plain reply")]
    public Task ChannelTurnPlainReply() => _adapter.RunAsync(NextInbound(), _plainBot);

    [Benchmark(Description = "channel turn: multi-select card")]
    public Task ChannelTurnWithMultiSelect() => _adapter.RunAsync(NextInbound(), _multiSelectBot);

    private sealed class NullAdapter : BotAdapter
    {
        private static readonly ResourceResponse Sent = new("1");

        public Task RunAsync(Activity activity, BotCallbackHandler bot) => RunPipelineAsync(new TurnContext(this, activity), bot, CancellationToken.None);

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
            Task.FromResult(activities.Select(_ => Sent).ToArray());
    }
}
