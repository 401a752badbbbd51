using System.Net.Http.Headers;
using System.Text;
using BotService.Protocol.Schema;
using BotService.Testing.Channel;
using BotService.Testing.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BotService.Host.Tests.Support;

/// <summary>The real host on loopback Kestrel plus an Emulator-like fake channel its replies go to.</summary>
public sealed class HostHarness : IAsyncDisposable
{
    private HostHarness(FakeChannel channel, BotHostFactory<Program> host)
    {
        Channel = channel;
        Host = host;
        Client = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public FakeChannel Channel { get; }

    public BotHostFactory<Program> Host { get; }

    public HttpClient Client { get; }

    public static async Task<HostHarness> StartAsync(
        IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var channel = await FakeChannel.StartAsync();
        var all = new Dictionary<string, string?>
        {
            // Short back-off so that retry tests do not wait long.
            ["Bot:ConnectorRetryBaseDelayMilliseconds"] = "10",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var host = new BotHostFactory<Program>(all, services =>
        {
            services.AddSingleton(channel);
            configureServices?.Invoke(services);
        });
        return new HostHarness(channel, host);
    }

    /// <summary>An activity as the Emulator posts it: ids with '|', serviceUrl at the fake channel.</summary>
    public Activity EmulatorActivity(string type, string? text = null) => new()
    {
        Type = type,
        Id = Guid.NewGuid().ToString(),
        Timestamp = TimeProvider.System.GetUtcNow(),
        ChannelId = Channels.Emulator,
        ServiceUrl = Channel.ServiceUrl,
        From = new ChannelAccount("user-1", "User", RoleTypes.User),
        Recipient = new ChannelAccount("bot-1", "Bot", RoleTypes.Bot),
        Conversation = new ConversationAccount("0f3c5a20-8a2b-11ee-b9d1-0242ac120002|livechat"),
        Locale = "en-US",
        Text = text,
    };

    public Task<HttpResponseMessage> PostAsync(Activity activity, string? bearerToken = null) =>
        PostRawAsync(System.Text.Json.JsonSerializer.Serialize(activity, BotJson.Options), "application/json", bearerToken);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? contentType, string? bearerToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
