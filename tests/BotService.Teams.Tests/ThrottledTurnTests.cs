using System.Diagnostics;
using System.Net;
using System.Text.Json;
using BotService.Dialogs;
using BotService.Teams.Tests.Support;

namespace BotService.Teams.Tests;

/// <summary>
/// A turn whose replies meet Connector 429s holds its conversation's turn lock while it waits to retry, so whatever the
/// same chat sends next waits behind it. A card action (an <c>adaptiveCard/action</c> invoke) must be answered in its
/// own HTTP response within about 15 s (protocol.md §1.9), so the waits of one turn are bounded (Bot:ConnectorWaitBudgetMilliseconds).
/// </summary>
public class ThrottledTurnTests
{
    [Fact]
    public async Task AnActionExecuteBehindAThrottledMessageTurnInTheSameChatIsAnsweredWithinTeamsFifteenSeconds()
    {
        await using var harness = await TeamsHostHarness.StartAsync<TwitchBot>(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            // No typing indicator, so that the throttled calls are the replies'.
            ["Bot:TypingDelayMilliseconds"] = "60000",
        });

        // Four 429s, each asking for 4 s: 16 s of waiting if every retry were made, 8 s within the default budget of
        // 10 s (the third wait does not fit), which leaves a loaded machine 7 s of the 15.
        harness.Channel.FailNext(HttpStatusCode.TooManyRequests, times: 4, retryAfter: "4");
        var message = harness.PostAsync(harness.AtChannel(TeamsActivities.PersonalMessage("my calf twitches")));
        await WaitUntilAsync(() => harness.Channel.RequestCount >= 1);
        var invoke = harness.AtChannel(TeamsActivities.Invoke("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"ok","data":{}}}"""));
        var clock = Stopwatch.StartNew();

        using var answered = await harness.PostAsync(invoke);

        var waited = clock.Elapsed;
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(200, JsonDocument.Parse(await answered.Content.ReadAsStringAsync()).RootElement.GetProperty("statusCode").GetInt32());
        Assert.True(waited < TimeSpan.FromSeconds(15), $"the invoke was answered after {waited}, past the 15 s Teams waits");

        // The message turn stopped waiting once its budget was spent: its reply was not delivered, and the channel is told.
        using var throttled = await message;
        Assert.Equal(HttpStatusCode.BadGateway, throttled.StatusCode);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
