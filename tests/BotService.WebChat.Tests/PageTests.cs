using BotService.Testing.DirectLine;
using Microsoft.Playwright;

namespace BotService.WebChat.Tests;

/// <summary>The page itself: branding, the safety banner from configuration, phone-width layout (WebChatTransportTests checks it asks no third-party host).</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageTests(BrowserFixture browser) : WebChatHostTests(useProductBot: false)
{
    [Fact]
    public async Task AtPhoneWidthTheBannerChatAndSendBoxFitTheScreen()
    {
        var chat = await WebChatPage.OpenAsync(browser.Browser, Address, "websocket", "phone-390", width: 390, height: 844);
        await chat.WaitForTextAsync(ScriptedTestBot.Welcome);
        await chat.WaitUntilConnectedAsync();
        await chat.ScreenshotAsync("welcome");

        var banner = await chat.Page.GetByTestId("safety-banner").BoundingBoxAsync();
        var sendBox = await chat.SendBox.BoundingBoxAsync();
        var scrollWidth = await chat.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        Assert.NotNull(banner);
        Assert.NotNull(sendBox);
        Assert.True(banner.X >= 0 && banner.X + banner.Width <= 390, "the banner fits the width");
        Assert.True(sendBox.Y + sendBox.Height <= 844 && sendBox.Y > banner.Y + banner.Height, "the send box is on screen below the banner");
        Assert.True(scrollWidth <= 390, $"no horizontal scrolling (scrollWidth {scrollWidth})");
        await chat.CloseAsync();
    }

    [Fact]
    public async Task TheBannerSaysGuidanceNotDiagnosisWithTheConfiguredEmergencyNumber()
    {
        var chat = await WebChatPage.OpenAsync(browser.Browser, Address, "polling", "banner");

        var banner = chat.Page.GetByRole(AriaRole.Note, new PageGetByRoleOptions { Name = "Safety information" });
        var text = await banner.InnerTextAsync();
        var call = await banner.GetByRole(AriaRole.Link).GetAttributeAsync("href");

        Assert.Contains("Guidance, not a diagnosis", text, StringComparison.Ordinal);
        Assert.Contains($"call {WebChatHostFactory.EmergencyNumber} now", text, StringComparison.Ordinal);
        Assert.Equal($"tel:{WebChatHostFactory.EmergencyNumber}", call);
        Assert.Equal(WebChatHostFactory.BotName, await chat.Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Level = 1 }).InnerTextAsync());
        Assert.Equal("en-US", await chat.Page.Locator("html").GetAttributeAsync("lang"));
        await chat.CloseAsync();
    }

    [Fact]
    public async Task ThePageAllowsScriptsOnlyFromTheHostAndFramingOnlyByItself()
    {
        using var http = new HttpClient { BaseAddress = Address };

        using var response = await http.GetAsync(new Uri("/", UriKind.Relative));
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cdn.", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheBotAvatarIsShownNextToBotMessages()
    {
        var chat = await WebChatPage.OpenAsync(browser.Browser, Address, "polling", "avatar");
        await chat.WaitForTextAsync(ScriptedTestBot.Welcome);

        var avatar = chat.Transcript.Locator("img[src$='bot-avatar.svg']").First;
        await avatar.WaitForAsync();

        Assert.True(await avatar.IsVisibleAsync());
        await chat.CloseAsync();
    }
}
