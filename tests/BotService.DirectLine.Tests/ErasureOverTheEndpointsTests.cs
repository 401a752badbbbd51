using System.Net.Http.Json;
using System.Text.Json;
using BotService.Protocol;
using BotService.Testing.DirectLine;

namespace BotService.DirectLine.Tests;

/// <summary>
/// A bot's <see cref="Protocol.PersonalDataErasure"/> request over the Direct Line endpoints: the log keeps only the
/// confirmation, an open stream and polling carry on, and a reconnect from the start sees nothing erased.
/// </summary>
public sealed class ErasureOverTheEndpointsTests
{
    private const string Marker = "Cobaltpelican";

    [Theory]
    [InlineData("Memory")]
    [InlineData("Sqlite")]
    public async Task AnOpenStreamCarriesOnAfterErasureAndAReconnectFromTheStartSeesOnlyTheConfirmationAndWhatFollows(string provider)
    {
        await using var server = await DirectLineTestServer.StartAsync(new Dictionary<string, string?> { ["Storage:Provider"] = provider });
        using var client = server.CreateClient();
        await client.StartAsync();
        await using var stream = await DirectLineStream.ConnectAsync(client.StreamUrl!);
        await client.PostMessageIdAsync($"about {Marker}");
        await stream.ReceiveUntilAsync(a => a.Count >= 3);

        var requestId = await client.PostMessageIdAsync("forget me");
        await client.PostMessageIdAsync("after");
        var live = await stream.ReceiveUntilAsync(a => a.Any(x => Text(x) == "Received after"));

        // The echo of the request is erased straight after the turn, so a stream may or may not have sent it by then.
        Assert.Equal([ScriptedTestBot.Forgotten, "after", "Received after"], live.Select(Text).SkipWhile(t => t == "forget me"));
        Assert.Equal(requestId, live.Single(a => Text(a) == ScriptedTestBot.Forgotten).GetProperty("replyToId").GetString());
        var (polled, watermark) = await client.GetActivitiesAsync(string.Empty);
        Assert.Equal([ScriptedTestBot.Forgotten, "after", "Received after"], polled.Select(Text));
        Assert.Equal("7", watermark);
        Assert.Equal(["5", "6", "7"], polled.Select(a => a.GetProperty("id").GetString()![(client.ConversationId!.Length + 1)..].TrimStart('0')));

        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{client.ConversationId}?watermark=0");
        client.Adopt(await reconnect.Content.ReadFromJsonAsync<JsonElement>());
        await using var resumed = await DirectLineStream.ConnectAsync(client.StreamUrl!);
        var replayed = await resumed.ReceiveUntilAsync(a => a.Count >= 3);
        Assert.Equal([ScriptedTestBot.Forgotten, "after", "Received after"], replayed.Select(Text));
        Assert.DoesNotContain(replayed.Concat(polled), a => a.GetRawText().Contains(Marker, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Memory")]
    [InlineData("Sqlite")]
    public async Task AnErasureAlsoTakesTheReplyToAMessagePostedJustBeforeItThoughThatReplyWasStoredAfterTheRequest(string provider)
    {
        var bot = new HeldBot();
        await using var server = await DirectLineTestServer.StartAsync(new Dictionary<string, string?> { ["Storage:Provider"] = provider }, bot);
        using var client = server.CreateClient();
        await client.StartAsync();

        // The first message's turn is held, so the request is stored before that turn's reply, which repeats the marker.
        var first = client.PostMessageIdAsync($"slow {Marker}");
        await bot.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var request = client.PostMessageIdAsync("forget me");
        await client.PollUntilAsync(all => all.Any(a => Text(a) == "forget me"));
        bot.Release.SetResult();
        await Task.WhenAll(first, request);

        var (left, _) = await client.GetActivitiesAsync(string.Empty);
        Assert.Equal([ScriptedTestBot.Forgotten], left.Select(Text));
        Assert.DoesNotContain(left, a => a.GetRawText().Contains(Marker, StringComparison.Ordinal));
    }

    private static string? Text(JsonElement activity) => activity.TryGetProperty("text", out var t) ? t.GetString() : null;

    /// <summary>Holds a "slow" message's turn until released, then repeats it; "forget me" asks for erasure.</summary>
    private sealed class HeldBot : ActivityHandler
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            var text = turnContext.Activity.Text ?? string.Empty;
            if (text == "forget me")
            {
                PersonalDataErasure.Request(turnContext);
                await turnContext.SendActivityAsync(ScriptedTestBot.Forgotten, cancellationToken: cancellationToken);
                return;
            }

            Entered.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
            await turnContext.SendActivityAsync($"Received {text}", cancellationToken: cancellationToken);
        }
    }
}
