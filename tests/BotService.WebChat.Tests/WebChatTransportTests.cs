using BotService.Testing.DirectLine;

namespace BotService.WebChat.Tests;

/// <summary>
/// Web Chat 4.18 in headless Chromium against the real host, over polling and over the WebSocket stream, with a
/// test-only bot whose answers are predictable. Screenshots go to the test output's artifacts/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WebChatTransportTests(BrowserFixture browser) : WebChatHostTests(useProductBot: false)
{
    [Theory]
    [InlineData("polling")]
    [InlineData("websocket")]
    public async Task AVisitorIsWelcomedCanTypeAndClickASuggestedActionAndEveryMessageIsSent(string transport)
    {
        var chat = await WebChatPage.OpenAsync(browser.Browser, Address, transport, $"transport-{transport}");

        await chat.WaitForTextAsync(ScriptedTestBot.Welcome);
        await chat.WaitUntilConnectedAsync();
        await chat.ScreenshotAsync("welcome");
        await chat.SendAsync("my eyelid twitches");
        await chat.WaitForTextAsync("Received my eyelid twitches");
        await chat.ScreenshotAsync("typed");
        await chat.ClickSuggestedActionAsync("Option two");
        await chat.WaitForTextAsync("Received Option two");
        await chat.ScreenshotAsync("suggested-action");

        Assert.Equal(0, await chat.SendFailedCountAsync());
        Assert.Equal(transport, await chat.Page.Locator("#webchat").GetAttributeAsync("data-transport"));
        Assert.All(chat.RequestedHosts, h => Assert.Equal(Address.Authority, h));
        Assert.DoesNotContain(chat.ConsoleErrors, e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        await chat.CloseAsync();
    }
}
