using System.Net;
using BotService.Resilience.Tests.Support;
using Microsoft.Extensions.Options;

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
        using var folder = new TempFolder();
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var host = RealHost.Start(folder.Path, new Dictionary<string, string?> { ["RateLimits:PerConversationBurst"] = "0" });
        });

        var validation = error as OptionsValidationException ?? error.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains("PerConversationBurst", validation.Message, StringComparison.Ordinal);
    }
}
