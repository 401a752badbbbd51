namespace BotService.WebChat.Tests;

/// <summary>
/// The product's own bot (whatever the host registers) behind the real page. The whole-triage journey (click the
/// suggested actions, type free text, ask a question) belongs here, written with the same WebChatPage driver, once
/// the triage dialogs are in the host.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProductBotTests(BrowserFixture browser) : IAsyncLifetime
{
    private readonly WebChatHostFactory _host = new(useProductBot: true);
    private Uri _address = null!;

    public Task InitializeAsync()
    {
        _address = _host.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("polling")]
    [InlineData("websocket")]
    public async Task TheBotWelcomesAVisitorWithTheGuidanceNotDiagnosisLineBeforeTheyType(string transport)
    {
        var chat = await WebChatPage.OpenAsync(browser.Browser, _address, transport, $"product-welcome-{transport}");

        await chat.WaitForTextAsync("guidance, not a diagnosis");
        await chat.WaitUntilConnectedAsync();
        await chat.ScreenshotAsync("welcome");

        var texts = await chat.TranscriptTextsAsync();
        Assert.Single(texts, t => t.Contains("guidance, not a diagnosis", StringComparison.OrdinalIgnoreCase));
        await chat.CloseAsync();
    }
}
