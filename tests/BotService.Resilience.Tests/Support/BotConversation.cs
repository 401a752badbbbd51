using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BotService.Protocol.Schema;

namespace BotService.Resilience.Tests.Support;

/// <summary>One user's conversation with a host over HTTP, every turn with deliveryMode expectReplies.</summary>
public sealed class BotConversation(HttpClient http, Uri baseAddress, string conversationId, string? userId = null, string channelId = "directline")
{
    private int _sequence;

    public string ConversationId { get; } = conversationId;

    public string UserId { get; } = userId ?? "user-" + conversationId;

    public string ChannelId { get; } = channelId;

    public Uri BaseAddress { get; set; } = baseAddress;

    public Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"{ConversationId}|{Interlocked.Increment(ref _sequence):D4}",
        Timestamp = TimeProvider.System.GetUtcNow(),
        ChannelId = ChannelId,
        ServiceUrl = "http://127.0.0.1/",
        DeliveryMode = DeliveryModes.ExpectReplies,
        From = new ChannelAccount(UserId, "User", RoleTypes.User),
        Recipient = new ChannelAccount("botservice", "Bot", RoleTypes.Bot),
        Conversation = new ConversationAccount(ConversationId),
        Locale = "en-US",
        Text = text,
    };

    public async Task<HttpResponseMessage> PostAsync(Activity activity) =>
        await http.PostAsync(new Uri(BaseAddress, "api/messages"), JsonContent.Create(activity, options: BotJson.Options));

    /// <summary>Says <paramref name="text"/> and returns the replies; fails unless the answer is 200.</summary>
    public async Task<IReadOnlyList<Activity>> SayAsync(string text)
    {
        using var response = await PostAsync(Message(text));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"HTTP {(int)response.StatusCode}: {body}");
        return Replies(body);
    }

    public static IReadOnlyList<Activity> Replies(string body) =>
        JsonSerializer.Deserialize<ExpectedReplies>(body, BotJson.Options)?.Activities ?? [];

    public static string? Disposition(IEnumerable<Activity> replies) =>
        replies.SelectMany(a => a.Entities ?? []).Where(e => e.Type == "triageOutcome")
            .Select(e => e.Properties is { } p && p.TryGetValue("disposition", out var d) && d is JsonElement j ? j.GetString() : null)
            .FirstOrDefault(d => d is not null);

    public static string Texts(IEnumerable<Activity> replies) => string.Join("\n", replies.Select(a => a.Text));
}
