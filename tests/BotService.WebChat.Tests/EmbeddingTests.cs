using System.Net;
using BotService.Testing.DirectLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotService.WebChat.Tests;

/// <summary>
/// Another site embeds the widget as the Direct Line README shows: its page, on a different origin, loads the bundle
/// from the bot's host, gets a token from it and talks Direct Line to it across origins. The host allows that origin
/// (DirectLine:AllowedOrigins), so Web Chat's preflights (with X-Requested-With) pass.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EmbeddingTests(BrowserFixture browser) : IAsyncLifetime
{
    private WebApplication _site = null!;
    private WebChatHostFactory _host = null!;
    private Uri _siteAddress = null!;
    private Uri _botAddress = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _site = builder.Build();
        _site.MapGet("/", () => Results.Content(EmbedPage(_botAddress), "text/html"));
        await _site.StartAsync();
        _siteAddress = new Uri(_site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        _host = new WebChatHostFactory(useProductBot: false, new Dictionary<string, string>
        {
            ["DirectLine:AllowedOrigins:0"] = _siteAddress.GetLeftPart(UriPartial.Authority),
        });
        _botAddress = _host.Start();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AWidgetEmbeddedOnAnAllowedSiteChatsWithTheBotAcrossOrigins(bool webSocket)
    {
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var directLineCalls = 0;
        page.Request += (_, r) => directLineCalls += r.Url.StartsWith(_botAddress.GetLeftPart(UriPartial.Authority) + "/v3/directline/", StringComparison.Ordinal) ? 1 : 0;
        await page.GotoAsync(_siteAddress + (webSocket ? "?ws=1" : "?ws=0"));
        var chat = new WebChatPage(page, webSocket ? "embedded-websocket" : "embedded-polling");

        await chat.WaitForTextAsync(ScriptedTestBot.Welcome);
        await chat.SendAsync("from another site");
        await chat.WaitForTextAsync("Received from another site");
        await chat.ScreenshotAsync("embedded");

        Assert.Equal(0, await chat.SendFailedCountAsync());
        Assert.NotEqual(_siteAddress.Authority, _botAddress.Authority);
        Assert.True(directLineCalls > 0, "the embedded page called the bot's Direct Line endpoint across origins");
        await context.CloseAsync();
    }

    [Fact]
    public async Task ASiteThatIsNotOnTheAllowListCannotStartAChat()
    {
        // Same server, but "localhost" is another origin than the allowed "127.0.0.1".
        var stranger = new UriBuilder(_siteAddress) { Host = "localhost" }.Uri;
        var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var tokenRequestFailed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.RequestFailed += (_, r) =>
        {
            if (r.Url.EndsWith("/api/webchat/token", StringComparison.Ordinal))
            {
                tokenRequestFailed.TrySetResult(r.Failure ?? "failed");
            }
        };

        await page.GotoAsync(stranger + "?ws=1");
        var failure = await tokenRequestFailed.Task.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.False(string.IsNullOrEmpty(failure));
        Assert.Equal(0, await page.Locator("#twitch-helper *").CountAsync());
        await context.CloseAsync();
    }

    /// <summary>The README's embedding snippet, pointed at the test host.</summary>
    private static string EmbedPage(Uri bot)
    {
        var origin = WebUtility.HtmlEncode(bot.GetLeftPart(UriPartial.Authority));
        return $$"""
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head>
            <body>
              <h1>Our clinic</h1>
              <div id="twitch-helper" style="height: 600px"></div>
              <script src="{{origin}}/lib/webchat.js"></script>
              <script>
                (async function () {
                  const bot = '{{origin}}';
                  const webSocket = new URLSearchParams(location.search).get('ws') === '1';
                  const { token } = await (await fetch(bot + '/api/webchat/token', { method: 'POST' })).json();
                  window.WebChat.renderWebChat({
                    directLine: window.WebChat.createDirectLine({ token, domain: bot + '/v3/directline', webSocket }),
                    locale: 'en-US',
                    styleOptions: { hideUploadButton: true, botAvatarImage: bot + '/img/bot-avatar.svg' }
                  }, document.getElementById('twitch-helper'));
                })();
              </script>
            </body></html>
            """;
    }
}
