namespace BotService.WebChat.Tests;

/// <summary>
/// The product's own bot (TwitchBot with the triage dialogs) behind the real page, over both transports: the
/// welcome, and a whole triage done the way a visitor does it (buttons, typed answers, a question on the way).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ProductBotTests(BrowserFixture browser) : WebChatHostTests(useProductBot: true)
{
    [Theory]
    [InlineData("polling")]
    [InlineData("websocket")]
    public async Task TheBotWelcomesAVisitorWithTheGuidanceNotDiagnosisLineBeforeTheyType(string transport)
    {
        var chat = await WebChatPage.OpenAsync(browser.Browser, Address, transport, $"product-welcome-{transport}");

        await chat.WaitForTextAsync("guidance, not a diagnosis");
        await chat.WaitUntilConnectedAsync();
        await chat.ScreenshotAsync("welcome");

        var texts = await chat.TranscriptTextsAsync();
        Assert.Single(texts, t => t.Contains("guidance, not a diagnosis", StringComparison.OrdinalIgnoreCase));
        await chat.CloseAsync();
    }

    [Theory]
    [InlineData("polling")]
    [InlineData("websocket")]
    public async Task AVisitorCompletesATriageByButtonsAndTypingAndAsksAQuestionOnTheWay(string transport)
    {
        var chat = await WebChatPage.OpenAsync(browser.Browser, Address, transport, $"product-triage-{transport}");
        await chat.WaitForTextAsync("guidance, not a diagnosis");

        await chat.ClickSuggestedActionAsync("Check my twitching");
        await chat.WaitForTextAsync("Where is the twitching");
        await chat.ClickSuggestedActionAsync("Eyelid");
        await chat.WaitForTextAsync("How long has the twitching in your eyelid");

        // A question in the middle is answered from the content base, then the pending question comes back.
        await chat.SendAsync("what is an EMG?");
        await chat.WaitForTextAsync("electrical signals");
        await chat.WaitForTextAsync("Back to your eyelid");
        await chat.ScreenshotAsync("question-answered");

        await chat.ClickSuggestedActionAsync("A few days");
        await chat.WaitForTextAsync("Pick all that apply");
        await chat.SendAsync("none");
        await chat.WaitForTextAsync("look after this at home");
        await chat.WaitForTextAsync("Anything else?");
        await chat.ScreenshotAsync("answer");

        var texts = await chat.TranscriptTextsAsync();
        Assert.Contains(texts, t => t.Contains("Source", StringComparison.Ordinal) && t.Contains("electrical signals", StringComparison.Ordinal));
        Assert.Equal(0, await chat.SendFailedCountAsync());
        await chat.CloseAsync();
    }
}
