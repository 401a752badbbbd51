using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BotService.Host.Tests.Support;
using BotService.Protocol;
using BotService.Protocol.Hosting;
using BotService.Protocol.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace BotService.Host.Tests;

/// <summary>The HTTP contract of /api/messages, protocol.md §1.9, row by row, over real Kestrel.</summary>
public sealed class HttpContractTests
{
    [Fact]
    public async Task AnswersAHandledMessageWithOkAndAnEmptyBody()
    {
        await using var harness = await HostHarness.StartAsync();
        using var response = await harness.PostAsync(harness.EmulatorActivity(ActivityTypes.Message, "hello"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReturnsTheRepliesInTheBodyWhenExpectRepliesIsAsked()
    {
        await using var harness = await HostHarness.StartAsync(configureServices: s => s.AddTransient<IBot, ThreeRepliesBot>());
        var activity = harness.EmulatorActivity(ActivityTypes.Message, "hi");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var response = await harness.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<ExpectedReplies>(BotJson.Options);
        Assert.Equal(["reply 1", "reply 2", "reply 3"], body!.Activities.Select(a => a.Text));
        Assert.All(body.Activities, a => Assert.Null(a.Id));
        Assert.All(body.Activities, a => Assert.Equal(activity.Id, a.ReplyToId));
        Assert.Empty(harness.Channel.Received);
    }

    [Fact]
    public async Task AnswersAnInvokeWithTheStatusAndBodyTheBotChose()
    {
        await using var harness = await HostHarness.StartAsync(configureServices: s => s.AddTransient<IBot, InvokeEchoBot>());
        var activity = harness.EmulatorActivity(ActivityTypes.Invoke);
        activity.Name = "echo/value";
        activity.Value = new { answer = 42 };
        using var response = await harness.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(42, json.RootElement.GetProperty("echoed").GetProperty("answer").GetInt32());
    }

    [Fact]
    public async Task AnswersNotImplementedWhenNoHandlerAnsweredTheInvoke()
    {
        await using var harness = await HostHarness.StartAsync();
        var activity = harness.EmulatorActivity(ActivityTypes.Invoke);
        activity.Name = "unknown/name";
        using var response = await harness.PostAsync(activity);
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("null")]
    [InlineData("{\"type\":42}")]
    [InlineData("{\"type\":\"message\",\"serviceUrl\":\"javascript:alert(1)\"}")]
    [InlineData("{\"type\":\"message\"} {\"type\":\"message\"}")]
    [InlineData("")]
    public async Task RejectsAnUnparseableBodyWithBadRequestProblemDetails(string body)
    {
        await using var harness = await HostHarness.StartAsync();
        using var response = await harness.PostRawAsync(body, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"\"}")]
    public async Task RejectsAnActivityWithoutTypeWithBadRequestProblemDetails(string body)
    {
        await using var harness = await HostHarness.StartAsync();
        using var response = await harness.PostRawAsync(body, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\",\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"}}", "serviceUrl")]
    [InlineData("{\"type\":\"conversationUpdate\",\"deliveryMode\":\"expectReplies\",\"conversation\":{\"id\":\"c\"},\"recipient\":{\"id\":\"bot\"},\"membersAdded\":[null,{\"id\":\"u\"}]}", "null")]
    [InlineData("{\"type\":\"conversationUpdate\",\"deliveryMode\":\"expectReplies\",\"conversation\":{\"id\":\"c\"},\"membersRemoved\":[null]}", "null")]
    public async Task RejectsAnActivityWithNowhereToReplyOrANullMemberWithBadRequestProblemDetails(string body, string detail)
    {
        await using var harness = await HostHarness.StartAsync();
        using var response = await harness.PostRawAsync(body, "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(detail, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("message", "{\"id\":\"c\"}", null, "channelId")]
    [InlineData("message", "{\"id\":\"c\"}", "\"\"", "channelId")]
    [InlineData("conversationUpdate", "{\"id\":\"c\"}", "\" \"", "channelId")]
    [InlineData("message", null, "\"msteams\"", "conversation.id")]
    [InlineData("invoke", "{\"name\":\"no id\"}", "\"msteams\"", "conversation.id")]
    [InlineData("conversationUpdate", "{\"id\":\"\"}", "\"emulator\"", "conversation.id")]
    public async Task RejectsAnActivityWithoutAChannelOrConversationIdWithBadRequest(string type, string? conversation, string? channelId, string missing)
    {
        // Every channel sends both (A2020, A2080); without them the turn's state has no key, and the turn used to fail
        // with an apology and a 200.
        await using var harness = await HostHarness.StartAsync();
        var body = $"{{\"type\":\"{type}\",\"serviceUrl\":\"{harness.Channel.ServiceUrl}\",\"from\":{{\"id\":\"u\"}}" +
            (channelId is null ? "" : $",\"channelId\":{channelId}") + (conversation is null ? "" : $",\"conversation\":{conversation}") + "}";
        using var response = await harness.PostRawAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"has no {missing}", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(harness.Channel.Received);
    }

    [Theory]
    [InlineData("conversation.id", "a\\u0000b")]
    [InlineData("from.id", "\\u0000")]
    [InlineData("channelId", "msteams\\u0000")]
    [InlineData("channelId", "emulator\\nx")]
    [InlineData("conversation.id", "long")]
    [InlineData("from.id", "long")]
    [InlineData("conversation.id", "slashes")]
    public async Task RejectsAnIdNoStorageKeyCanHoldWithBadRequest(string field, string value)
    {
        // value is JSON string content: \u0000 reaches the activity as a NUL character.
        // PostgreSQL text cannot hold NUL, and its key index about 2,700 bytes: such a turn was told the records were
        // unreachable and to try again, which never works.
        await using var harness = await HostHarness.StartAsync();
        // Slashes are escaped in keys (%2F), three bytes each: 200 of them make a 600-byte key segment.
        var id = value switch
        {
            "long" => new string('c', ActivityIds.MaxIdBytes + 1),
            "slashes" => new string('/', 200),
            _ => value,
        };
        var (channelId, conversationId, userId) = field switch
        {
            "channelId" => (id, "c", "u"),
            "conversation.id" => ("emulator", id, "u"),
            _ => ("emulator", "c", id),
        };
        var body = $"{{\"type\":\"message\",\"text\":\"hi\",\"serviceUrl\":\"{harness.Channel.ServiceUrl}\",\"channelId\":\"{channelId}\"," +
            $"\"conversation\":{{\"id\":\"{conversationId}\"}},\"from\":{{\"id\":\"{userId}\"}}}}";
        using var response = await harness.PostRawAsync(body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"{field} is not a usable id", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(harness.Channel.Received);
    }

    [Fact]
    public async Task AcceptsIdsUpToTheLimitInAnyScript()
    {
        await using var harness = await HostHarness.StartAsync();
        var activity = harness.EmulatorActivity(ActivityTypes.Message, "hello");
        activity.Conversation = new ConversationAccount(new string('会', ActivityIds.MaxIdBytes / 3));
        activity.From = new ChannelAccount("😀 שלום", "User", RoleTypes.User);
        using var response = await harness.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task RejectsJsonNestedDeeperThanTheLimit()
    {
        await using var harness = await HostHarness.StartAsync();
        var deep = new string('[', 200) + new string(']', 200);
        using var response = await harness.PostRawAsync("{\"type\":\"message\",\"value\":" + deep + "}", "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task RejectsOtherMethodsWithMethodNotAllowed(string method)
    {
        await using var harness = await HostHarness.StartAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), "api/messages");
        using var response = await harness.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task RejectsNonJsonContentWithUnsupportedMediaType(string? contentType)
    {
        await using var harness = await HostHarness.StartAsync();
        using var response = await harness.PostRawAsync("{\"type\":\"message\"}", contentType);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task RejectsABodyOverTheConfiguredLimitWithPayloadTooLarge()
    {
        await using var harness = await HostHarness.StartAsync(new Dictionary<string, string?> { ["Bot:MaxRequestBodyBytes"] = "2048" });
        var activity = harness.EmulatorActivity(ActivityTypes.Message, new string('a', 4096));
        using var response = await harness.PostAsync(activity);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(harness.Channel.Received);
    }

    [Fact]
    public async Task RejectsAChunkedBodyOverTheLimitWithPayloadTooLarge()
    {
        await using var harness = await HostHarness.StartAsync(new Dictionary<string, string?> { ["Bot:MaxRequestBodyBytes"] = "2048" });
        var json = JsonSerializer.Serialize(harness.EmulatorActivity(ActivityTypes.Message, new string('a', 4096)), BotJson.Options);
        using var content = new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await harness.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("ping")]
    [InlineData("someFutureType")]
    public async Task AcceptsActivityTypesItDoesNotKnow(string type)
    {
        await using var harness = await HostHarness.StartAsync();
        using var response = await harness.PostAsync(harness.EmulatorActivity(type));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ApologisesAndStillAnswersOkWhenTheBotThrows()
    {
        await using var harness = await HostHarness.StartAsync(configureServices: s => s.AddTransient<IBot, FailingBot>());
        using var response = await harness.PostAsync(harness.EmulatorActivity(ActivityTypes.Message, "boom"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await harness.Channel.WaitForMessagesAsync(1);
        Assert.Equal(BotService.Protocol.Hosting.BotTurnErrorHandler.Apology("911"), replies[0].Activity.Text);
    }

    [Fact]
    public async Task AnswersOkWhenTheBotThrowsAndTheApologyCannotBeDelivered()
    {
        await using var harness = await HostHarness.StartAsync(
            new Dictionary<string, string?> { ["Bot:ConnectorMaxRetries"] = "0" },
            s => s.AddTransient<IBot, FailingBot>());
        harness.Channel.FailNext(HttpStatusCode.InternalServerError, times: 5);
        using var response = await harness.PostAsync(harness.EmulatorActivity(ActivityTypes.Message, "boom"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnswersServiceUnavailableRatherThanServerErrorWhenSigningKeysCannotBeFetched()
    {
        // Authentication is on, but the OpenID metadata server is down: not the client's fault, never a 500.
        await using var harness = await HostHarness.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "test-app-id",
            ["MicrosoftAppPassword"] = "test-secret",
            ["ToBotFromChannelOpenIdMetadataUrl"] = "http://127.0.0.1:9/.well-known/openidconfiguration",
        });
        await using var identity = await BotService.Testing.Identity.FakeIdentityServer.StartAsync();
        var activity = harness.EmulatorActivity(ActivityTypes.Message, "hi");
        activity.ChannelId = Channels.Msteams;
        using var response = await harness.PostAsync(activity, identity.IssueChannelToken("test-app-id", activity.ServiceUrl!));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
