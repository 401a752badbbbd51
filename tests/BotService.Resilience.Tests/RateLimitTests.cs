using System.Net;
using BotService.Resilience.Tests.Support;

namespace BotService.Resilience.Tests;

/// <summary>Per-conversation and per-client limits on /api/messages: 429 with Retry-After, others unaffected.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task AConversationSendingFasterThanItsLimitGets429WithRetryAfterWhileOthersAreServed()
    {
        using var folder = new TempFolder();
        await using var host = RealHost.Start(folder.Path, new Dictionary<string, string?>
        {
            ["RateLimits:PerConversationBurst"] = "3",
            ["RateLimits:PerConversationPerMinute"] = "1",
        });
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var noisy = new BotConversation(http, host.BaseAddress, "noisy");
        var quiet = new BotConversation(http, host.BaseAddress, "quiet");

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 5; i++)
        {
            var response = await noisy.PostAsync(noisy.Message("hi"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                limited ??= response;
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(limited!.Headers.RetryAfter?.Delta);
        Assert.True(limited.Headers.RetryAfter!.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.NotEmpty(await quiet.SayAsync("hi"));
    }

    [Fact]
    public async Task AClientSendingFasterThanItsLimitGets429WithRetryAfter()
    {
        using var folder = new TempFolder();
        await using var host = RealHost.Start(folder.Path, new Dictionary<string, string?>
        {
            ["RateLimits:PerClientBurst"] = "4",
            ["RateLimits:PerClientPerMinute"] = "1",
        });
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 6; i++)
        {
            // A different conversation each time: only the client limit can stop these.
            var conversation = new BotConversation(http, host.BaseAddress, $"client-{i}");
            var response = await conversation.PostAsync(conversation.Message("hi"));
            statuses.Add(response.StatusCode);
            limited ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.Equal(4, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(2, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.True(limited!.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task LimitsAreOffWhenConfiguredOff()
    {
        using var folder = new TempFolder();
        await using var host = RealHost.Start(folder.Path, new Dictionary<string, string?>
        {
            ["RateLimits:Enabled"] = "false",
            ["RateLimits:PerClientBurst"] = "1",
            ["RateLimits:PerClientPerMinute"] = "1",
            ["RateLimits:PerConversationBurst"] = "1",
            ["RateLimits:PerConversationPerMinute"] = "1",
        });
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var conversation = new BotConversation(http, host.BaseAddress, "unlimited");

        for (var i = 0; i < 4; i++)
        {
            Assert.NotEmpty(await conversation.SayAsync("hi"));
        }
    }

    [Fact]
    public async Task AnInvalidLimitStopsTheHostAtStartWithTheSettingNamed()
    {
        // As an operator runs it, in its own process: inside WebApplicationFactory the entry point's thread can dispose
        // the failed host before the factory looks at it, so the test would sometimes see an ObjectDisposedException.
        using var folder = new TempFolder();
        var (exitCode, output) = await BotHostProcess.RunToExitAsync(new Dictionary<string, string>
        {
            ["Storage__SqlitePath"] = Path.Combine(folder.Path, "botstate.db"),
            ["DirectLine__SqlitePath"] = Path.Combine(folder.Path, "directline.db"),
            ["RateLimits__Enabled"] = "true",
            ["RateLimits__PerConversationBurst"] = "0",
        });

        Assert.True(exitCode == 1, $"exit code {exitCode}:\n{output}");
        Assert.Contains("BotService cannot start", output, StringComparison.Ordinal);
        Assert.Contains("PerConversationBurst", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
