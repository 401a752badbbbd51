using System.Text.Json;
using BotService.DirectLine.Storage;
using BotService.Protocol.Schema;

namespace BotService.DirectLine.Tests;

/// <summary>
/// The "delete my data" scenario every <see cref="IActivityLog"/> must pass (conformance style): a conversation with a
/// marker word, the request at sequence 4, the confirmation at 5; then erasure through 4.
/// </summary>
internal static class ActivityLogErasure
{
    public const string Marker = "Marmaladequokka";

    /// <summary>A word only the erased conversation ever holds (the bystander's rows keep <see cref="Marker"/>).</summary>
    public const string ErasedOnly = "Gingerbreadfjord";

    /// <summary>
    /// Runs the scenario; <paramref name="rowsWithMarker"/> counts the stored activities holding the marker, read
    /// from the provider's own storage (given the ids of the conversations in play).
    /// </summary>
    public static async Task ErasesThroughTheRequestAndKeepsTheConfirmationAsync(IActivityLog log, Func<string[], Task<int>> rowsWithMarker)
    {
        var id = Guid.NewGuid().ToString("N");
        var bystander = Guid.NewGuid().ToString("N");
        await log.CreateConversationAsync(id, CancellationToken.None);
        await log.CreateConversationAsync(bystander, CancellationToken.None);
        await log.AppendAsync(bystander, Message(RoleTypes.User, $"someone else's {Marker}"), CancellationToken.None);
        await log.AppendAsync(id, Message(RoleTypes.Bot, "welcome"), CancellationToken.None);
        await log.AppendAsync(id, Message(RoleTypes.User, $"my eyelid twitches since the {Marker} party in {ErasedOnly}"), CancellationToken.None);
        await log.AppendAsync(id, Message(RoleTypes.Bot, $"You said {Marker}"), CancellationToken.None);
        var request = await log.AppendAsync(id, Message(RoleTypes.User, "delete my data"), CancellationToken.None);
        await log.AppendAsync(id, Message(RoleTypes.Bot, "Done: deleted"), CancellationToken.None);
        Assert.Equal($"{id}|0000004", request.Id);
        Func<Task<int>> storedRowsWithMarker = () => rowsWithMarker([id, bystander]);
        Assert.Equal(3, await storedRowsWithMarker());

        var erased = await log.EraseThroughAsync(id, 4, CancellationToken.None);

        Assert.Equal(4, erased);
        Assert.Equal(["5:Done: deleted"], Texts(await log.ReadAsync(id, 0, 100, CancellationToken.None)));
        Assert.Equal(5, (await log.GetConversationAsync(id, CancellationToken.None))!.LastSeq);
        Assert.Equal(1, await storedRowsWithMarker());
        Assert.Single(await log.ReadAsync(bystander, 0, 100, CancellationToken.None));

        // The conversation goes on where it was: the next activity is 6, and reads from any watermark still work.
        var next = await log.AppendAsync(id, Message(RoleTypes.User, "hello again"), CancellationToken.None);
        Assert.Equal($"{id}|0000006", next.Id);
        Assert.Equal(["6:hello again"], Texts(await log.ReadAsync(id, 5, 100, CancellationToken.None)));
        Assert.Equal(["5:Done: deleted", "6:hello again"], Texts(await log.ReadAsync(id, 2, 100, CancellationToken.None)));
        Assert.Equal(["5:Done: deleted"], Texts(await log.ReadAsync(id, 0, 1, CancellationToken.None)));
    }

    /// <summary>Unknown conversations, nothing to erase, and a second erasure of the same range erase nothing.</summary>
    public static async Task ErasingNothingIsHarmlessAsync(IActivityLog log)
    {
        var id = Guid.NewGuid().ToString("N");
        await log.CreateConversationAsync(id, CancellationToken.None);
        await log.AppendAsync(id, Message(RoleTypes.User, "one"), CancellationToken.None);
        await log.AppendAsync(id, Message(RoleTypes.Bot, "two"), CancellationToken.None);

        Assert.Equal(0, await log.EraseThroughAsync(Guid.NewGuid().ToString("N"), 5, CancellationToken.None));
        Assert.Equal(0, await log.EraseThroughAsync(id, 0, CancellationToken.None));
        Assert.Equal(1, await log.EraseThroughAsync(id, 1, CancellationToken.None));
        Assert.Equal(0, await log.EraseThroughAsync(id, 1, CancellationToken.None));
        Assert.Equal(["2:two"], Texts(await log.ReadAsync(id, 0, 100, CancellationToken.None)));
    }

    private static Activity Message(string role, string text) =>
        new() { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount(role + "-1", role: role) };

    private static List<string> Texts(IReadOnlyList<StoredActivity> page) =>
        [.. page.Select(a => $"{a.Seq}:{JsonDocument.Parse(a.Json).RootElement.GetProperty("text").GetString()}")];
}
