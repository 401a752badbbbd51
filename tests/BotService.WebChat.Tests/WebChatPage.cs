using Microsoft.Playwright;

namespace BotService.WebChat.Tests;

/// <summary>
/// Drives the chat page the way a person does: read the transcript, type and press Enter, click suggested actions.
/// Matches text without quotes or apostrophes, because Web Chat's markdown turns them typographic (§5.12).
/// </summary>
public sealed class WebChatPage(IPage page, string name)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);
    private int _shot;

    public IPage Page => page;

    public List<string> RequestedHosts { get; } = [];

    public List<string> RequestedPaths { get; } = [];

    /// <summary>Console errors, e.g. a Content-Security-Policy violation or a failed script.</summary>
    public List<string> ConsoleErrors { get; } = [];

    /// <summary>The answer Web Chat got from <c>POST /v3/directline/conversations</c> (token, conversationId, streamUrl).</summary>
    public TaskCompletionSource<System.Text.Json.JsonElement> Conversation { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<WebChatPage> OpenAsync(IBrowser browser, Uri host, string transport, string name, int width = 1024, int height = 768)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var chat = new WebChatPage(page, name);
        page.Request += (_, request) =>
        {
            if (Uri.TryCreate(request.Url, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" or "ws" or "wss")
            {
                lock (chat.RequestedHosts)
                {
                    chat.RequestedHosts.Add(url.Authority);
                    chat.RequestedPaths.Add(request.Method + " " + url.PathAndQuery);
                }
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (chat.ConsoleErrors)
                {
                    chat.ConsoleErrors.Add(message.Text);
                }
            }
        };
        page.Response += async (_, response) =>
        {
            if (response.Request.Method == "POST" && response.Url.EndsWith("/v3/directline/conversations", StringComparison.Ordinal))
            {
                chat.Conversation.TrySetResult((await response.JsonAsync()) ?? default);
            }
        };
        await page.GotoAsync(new Uri(host, "/?transport=" + transport).ToString());
        return chat;
    }

    public ILocator SendBox => page.Locator("[data-id='webchat-sendbox-input']");

    public ILocator Transcript => page.Locator(".webchat__basic-transcript__transcript");

    /// <summary>Waits until a bot or user bubble containing <paramref name="text"/> is in the transcript.</summary>
    public Task WaitForTextAsync(string text) =>
        Transcript.GetByText(text, new LocatorGetByTextOptions { Exact = false }).Last.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Wait.TotalMilliseconds });

    public async Task SendAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    }

    public async Task ClickSuggestedActionAsync(string title)
    {
        var button = page.Locator(".webchat__suggested-actions button", new PageLocatorOptions { HasText = title }).First;
        await button.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)Wait.TotalMilliseconds });
        await button.ClickAsync();
    }

    /// <summary>The texts of all bubbles in the transcript, top to bottom.</summary>
    public Task<IReadOnlyList<string>> TranscriptTextsAsync() => Transcript.Locator(".webchat__bubble__content").AllInnerTextsAsync();

    /// <summary>Waits until Web Chat no longer shows its "Connecting…" notice; returns how long that took.</summary>
    public async Task<TimeSpan> WaitUntilConnectedAsync()
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        await page.GetByText("Connecting\u2026", new PageGetByTextOptions { Exact = true }).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden, Timeout = (float)Wait.TotalMilliseconds });
        return started.Elapsed;
    }

    public Task<int> SendFailedCountAsync() => page.GetByText("Send failed").CountAsync();

    public async Task<string> ScreenshotAsync(string step)
    {
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}-{++_shot:D2}-{step}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    public Task CloseAsync() => page.Context.CloseAsync();
}
