using BotService.Testing.DirectLine;

namespace BotService.WebChat.Tests;

/// <summary>
/// A page whose WebSocket drops misses nothing: while it is disconnected the bot sends several replies, and after
/// Web Chat reconnects on its own (GET /conversations/{id}?watermark=, new streamUrl) they all appear once, in order.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReconnectTests(BrowserFixture browser) : WebChatHostTests(useProductBot: false)
{
    [Fact]
    public async Task RepliesSentWhileThePagesStreamIsDownAppearOnceAndInOrderAfterItReconnects()
    {
        var chat = await WebChatPage.OpenAsync(browser.Browser, Address, "websocket", "reconnect");
        await chat.WaitForTextAsync(ScriptedTestBot.Welcome);
        using var sameConversation = new DirectLineTestClient(Address);
        sameConversation.Adopt(await chat.Conversation.Task);

        // A second stream for the conversation takes over, which closes the page's socket (reason "collision").
        await using (var intruder = await DirectLineStream.ConnectAsync(sameConversation.StreamUrl!))
        {
            await intruder.ReceiveUntilAsync(a => a.Count >= 1);
            await sameConversation.PostMessageIdAsync("burst 5");
            await chat.ScreenshotAsync("disconnected");
        }

        await chat.WaitForTextAsync("Burst reply 5");
        await chat.ScreenshotAsync("reconnected");
        var texts = await chat.TranscriptTextsAsync();

        var replies = texts.Where(t => t.StartsWith("Burst reply", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"Burst reply {i}"), replies);
        Assert.Equal(0, await chat.SendFailedCountAsync());
        Assert.Contains(chat.RequestedPaths, p => p.StartsWith($"GET /v3/directline/conversations/{sameConversation.ConversationId}?watermark=", StringComparison.Ordinal));
        await chat.CloseAsync();
    }
}
