using BotService.Protocol.State;
using BotService.Resilience.Tests.Support;
using BotService.Storage;
using BotService.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotService.Resilience.Tests;

/// <summary>No message text or findings in logs at the default level; stored state expires; "delete my data" erases it.</summary>
public sealed class PrivacyTests
{
    private const string Marker = "Zebulonfestival";

    [Fact]
    public async Task AWholeConversationLeavesNeitherTheUsersWordsNorTheFindingsInTheLogsAtTheDefaultLevel()
    {
        using var folder = new TempFolder();
        var logs = new LogCapture();
        await using var host = RealHost.Start(folder.Path, configureServices: s => s.AddSingleton<ILoggerProvider>(logs));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var conversation = new BotConversation(http, host.BaseAddress, "privacy-" + Guid.NewGuid().ToString("N"));

        var said = new List<string>
        {
            $"my left eyelid has been twitching for 37 days since the {Marker} and I feel {Marker}ish",
            "what causes twitching?",
            "None of these",
            "None of these",
            $"{Marker} feedback: thanks",
        };
        var replies = new List<string>();
        foreach (var text in said)
        {
            replies.Add(BotConversation.Texts(await conversation.SayAsync(text)));
        }

        Assert.Contains("37 days", string.Join('\n', replies), StringComparison.Ordinal);
        Assert.NotEmpty(logs.Lines);
        var all = logs.All;
        Assert.DoesNotContain(Marker, all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("37 days", all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("eyelid", all, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(((long)TimeSpan.FromDays(37).TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture), all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoredConversationStateExpiresAfterTheConfiguredTime()
    {
        using var folder = new TempFolder();
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));
        await using var host = RealHost.Start(folder.Path, new Dictionary<string, string?> { ["Storage:ExpiryDays"] = "1" },
            s => s.AddSingleton<TimeProvider>(clock));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var conversation = new BotConversation(http, host.BaseAddress, "expiry-" + Guid.NewGuid().ToString("N"));
        await conversation.SayAsync("my calf has been twitching for 37 days");
        var keys = Keys(conversation);
        Assert.NotEmpty(await host.Service<IStorage>().ReadAsync([keys.Conversation]));

        clock.Advance(TimeSpan.FromHours(23));
        Assert.NotEmpty(await host.Service<IStorage>().ReadAsync([keys.Conversation]));
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Empty(await host.Service<IStorage>().ReadAsync([keys.Conversation]));
        Assert.True(await ((IExpiringStorage)host.Service<IStorage>()).PurgeExpiredAsync() > 0);

        Assert.Empty(RowsMentioning(folder.Path, conversation.ConversationId));
        Assert.Equal(0, BytesMentioning(folder.Path, "37 days"));
        var fresh = BotConversation.Texts(await conversation.SayAsync("None of these"));
        Assert.DoesNotContain("37 days", fresh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMyDataErasesTheUsersAndTheConversationsStoredState()
    {
        using var folder = new TempFolder();
        await using var host = RealHost.Start(folder.Path);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var conversation = new BotConversation(http, host.BaseAddress, "erase-" + Guid.NewGuid().ToString("N"));
        await conversation.SayAsync("my thumb has been twitching for 37 days and my hand feels weak");
        await conversation.SayAsync("None of these");
        Assert.NotEmpty(RowsMentioning(folder.Path, conversation.ConversationId));

        var answer = BotConversation.Texts(await conversation.SayAsync("delete my data"));

        Assert.Contains("deleted", answer, StringComparison.OrdinalIgnoreCase);
        var keys = Keys(conversation);
        Assert.Empty(await host.Service<IStorage>().ReadAsync([keys.Conversation, keys.User, keys.Private]));
        Assert.Empty(RowsMentioning(folder.Path, conversation.ConversationId));
        Assert.Empty(RowsMentioning(folder.Path, conversation.UserId));
        Assert.Equal(0, BytesMentioning(folder.Path, conversation.ConversationId));
        Assert.Equal(0, BytesMentioning(folder.Path, "37 days"));
    }

    private static (string Conversation, string User, string Private) Keys(BotConversation c) =>
        ($"{c.ChannelId}/conversations/{c.ConversationId}", $"{c.ChannelId}/users/{c.UserId}", $"{c.ChannelId}/conversations/{c.ConversationId}/users/{c.UserId}");

    /// <summary>
    /// How often <paramref name="text"/> occurs in the raw bytes of the state file and its WAL: what someone copying the
    /// files would find, free pages and older page images included.
    /// </summary>
    private static int BytesMentioning(string folder, string text)
    {
        var needle = System.Text.Encoding.UTF8.GetBytes(text);
        var count = 0;
        foreach (var file in Directory.GetFiles(folder, "botstate.db*"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray().AsSpan();
            for (var at = bytes.IndexOf(needle); at >= 0; at = bytes[(at + 1)..].IndexOf(needle) is var next and >= 0 ? at + 1 + next : -1)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Rows of the state file whose key or document mentions <paramref name="text"/>, read with SQLite itself.</summary>
    private static List<string> RowsMentioning(string folder, string text)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "botstate.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT key FROM bot_storage WHERE instr(key, $t) > 0 OR instr(document, $t) > 0";
        command.Parameters.AddWithValue("$t", text);
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
