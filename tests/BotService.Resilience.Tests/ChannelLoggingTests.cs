using System.Net;
using BotService.Resilience.Tests.Support;
using BotService.Testing.Channel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotService.Resilience.Tests;

/// <summary>Replies sent through a channel's Connector are not logged request by request at the default level.</summary>
public sealed class ChannelLoggingTests
{
    [Fact]
    public async Task RepliesSentThroughAChannelWriteNoLineOfTheirOwnAtTheDefaultLevel()
    {
        using var folder = new TempFolder();
        await using var channel = await FakeChannel.StartAsync();
        var logs = new LogCapture();
        await using var host = RealHost.Start(folder.Path, configureServices: s => s.AddSingleton<ILoggerProvider>(logs));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var conversation = new BotConversation(http, host.BaseAddress, "channel-log-" + Guid.NewGuid().ToString("N"));
        var activity = conversation.Message("my calf has been twitching");
        activity.DeliveryMode = null;
        activity.ServiceUrl = channel.ServiceUrl;
        activity.ChannelId = "emulator";

        using var response = await conversation.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await channel.WaitForMessagesAsync(1, TimeSpan.FromSeconds(60));

        // HttpClient's handlers log four Information lines per request, naming the conversation in the URL: a busy
        // channel would fill the log with them.
        Assert.DoesNotContain(logs.Lines, line => !line.StartsWith("scope ", StringComparison.Ordinal) && line.Contains("System.Net.Http.HttpClient", StringComparison.Ordinal));
    }
}
