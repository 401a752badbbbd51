using BotService.Protocol;
using BotService.Protocol.Connector;
using BotService.Protocol.Schema;
using BotService.Teams.Sending;
using BotService.Teams.Tests.Support;

namespace BotService.Teams.Tests;

/// <summary>Sending within the Teams per-thread limits (7/1 s, 8/2 s, 60/30 s, 1800/h), on a clock the test moves.</summary>
public class PacingTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task LetsSevenSendsThroughAtOnceAndHoldsTheEighthForASecond()
    {
        var clock = new ManualTimeProvider();
        var pacer = new TeamsSendPacer(clock);
        for (var i = 0; i < 7; i++)
        {
            await pacer.WaitTurnAsync("thread-a").WaitAsync(Generous);
        }

        var eighth = pacer.WaitTurnAsync("thread-a");
        Assert.False(eighth.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(1));
        await eighth.WaitAsync(Generous);
    }

    [Fact]
    public async Task HoldsTheNinthUntilTheTwoSecondWindowHasRoom()
    {
        var clock = new ManualTimeProvider();
        var pacer = new TeamsSendPacer(clock);
        for (var i = 0; i < 7; i++)
        {
            await pacer.WaitTurnAsync("thread-a");
        }

        clock.Advance(TimeSpan.FromSeconds(1));
        await pacer.WaitTurnAsync("thread-a").WaitAsync(Generous);

        var ninth = pacer.WaitTurnAsync("thread-a");
        clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.False(ninth.IsCompleted);

        clock.Advance(TimeSpan.FromMilliseconds(500));
        await ninth.WaitAsync(Generous);
    }

    [Fact]
    public async Task ABusyThreadNeverDelaysAnotherConversation()
    {
        var clock = new ManualTimeProvider();
        var pacer = new TeamsSendPacer(clock);
        for (var i = 0; i < 7; i++)
        {
            await pacer.WaitTurnAsync("19:channel@thread.tacv2;messageid=1");
        }

        var blocked = pacer.WaitTurnAsync("19:channel@thread.tacv2;messageid=1");
        for (var i = 0; i < 7; i++)
        {
            await pacer.WaitTurnAsync("19:channel@thread.tacv2;messageid=2").WaitAsync(Generous);
            await pacer.WaitTurnAsync("a:personal-chat").WaitAsync(Generous);
        }

        Assert.False(blocked.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        await blocked.WaitAsync(Generous);
    }

    [Fact]
    public async Task SendsAnywayOnceTheLongestWaitHasPassed()
    {
        var clock = new ManualTimeProvider();
        var pacer = new TeamsSendPacer(clock, [new RateWindow(1, TimeSpan.FromHours(1))], TimeSpan.FromSeconds(5));
        await pacer.WaitTurnAsync("thread-a");

        var second = pacer.WaitTurnAsync("thread-a");
        Assert.False(second.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(5));
        await second.WaitAsync(Generous);
    }

    [Fact]
    public async Task WaitsNoLongerThanWhatIsLeftOfTheTurnsWaitBudgetAndTakesTheWaitFromIt()
    {
        var clock = new ManualTimeProvider();
        var pacer = new TeamsSendPacer(clock, [new RateWindow(1, TimeSpan.FromHours(1))], TimeSpan.FromSeconds(30));
        var budget = new ConnectorWaitBudget(TimeSpan.FromSeconds(10));
        budget.Spend(TimeSpan.FromSeconds(6));
        await pacer.WaitTurnAsync("thread-a", budget);

        var second = pacer.WaitTurnAsync("thread-a", budget);
        clock.Advance(TimeSpan.FromSeconds(3));
        Assert.False(second.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(1));
        await second.WaitAsync(Generous);
        Assert.Equal(TimeSpan.Zero, budget.Remaining);

        // Nothing left: the next send goes out at once, for the Connector's own 429 handling.
        await pacer.WaitTurnAsync("thread-a", budget).WaitAsync(Generous);
    }

    [Fact]
    public async Task WarnsWithoutTheConversationIdWhenASendGoesOutAfterTheLongestWait()
    {
        var clock = new ManualTimeProvider();
        var logger = new ListLogger<TeamsSendPacer>();
        var pacer = new TeamsSendPacer(clock, [new RateWindow(1, TimeSpan.FromHours(1))], TimeSpan.FromSeconds(5), logger);
        await pacer.WaitTurnAsync("19:secret-thread@thread.tacv2");

        var second = pacer.WaitTurnAsync("19:secret-thread@thread.tacv2");
        clock.Advance(TimeSpan.FromSeconds(5));
        await second.WaitAsync(Generous);

        var line = Assert.Single(logger.Lines);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, line.Level);
        Assert.DoesNotContain("secret", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetsConversationsThatHaveBeenQuietForAnHour()
    {
        var clock = new ManualTimeProvider();
        var pacer = new TeamsSendPacer(clock);
        await pacer.WaitTurnAsync("old");
        clock.Advance(TimeSpan.FromMinutes(61));
        await pacer.WaitTurnAsync("new");

        pacer.Sweep();

        Assert.Equal(1, pacer.TrackedConversations);
    }

    [Fact]
    public async Task TheMiddlewareSendsEachActivityOfABurstAtItsOwnPacedMoment()
    {
        var clock = new ManualTimeProvider();
        var adapter = new TeamsTestAdapter();
        adapter.Use(new TeamsSendLimitsMiddleware(new TeamsSendPacer(clock)));
        var inbound = TeamsActivities.ChannelMessage(TeamsActivities.Megan, "1", "1", "<at>Twitch Guide</at> hi");
        var burst = Enumerable.Range(1, 9).Select(i => MessageFactory.Text($"part {i}")).ToList();

        var turn = adapter.ProcessAsync(inbound, (context, ct) => context.SendActivitiesAsync(burst, ct));
        await WaitUntilAsync(() => adapter.Sent.Count == 7);
        Assert.False(turn.IsCompleted);

        clock.Advance(TimeSpan.FromSeconds(1));
        await WaitUntilAsync(() => adapter.Sent.Count == 8);
        clock.Advance(TimeSpan.FromSeconds(1));
        await turn.WaitAsync(Generous);

        Assert.Equal(burst.Select(b => b.Text), adapter.Sent.Select(s => s.Text));
    }

    [Fact]
    public async Task DoesNotPaceRepliesBufferedForAnExpectRepliesRequest()
    {
        var clock = new ManualTimeProvider();
        var adapter = new TeamsTestAdapter();
        adapter.Use(new TeamsSendLimitsMiddleware(new TeamsSendPacer(clock)));
        var inbound = TeamsActivities.PersonalMessage("hi");
        inbound.DeliveryMode = DeliveryModes.ExpectReplies;

        var turn = await adapter.ProcessAsync(inbound, (context, ct) =>
            context.SendActivitiesAsync(Enumerable.Range(1, 12).Select(i => MessageFactory.Text($"{i}")).ToList(), ct)).WaitAsync(Generous);

        Assert.Equal(12, turn.BufferedReplyActivities.Count);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Generous);
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
