using BotService.Protocol.Schema;
using BotService.Protocol.State;
using BotService.Storage.Memory;
using BotService.Testing;

namespace BotService.Protocol.Tests.State;

/// <summary>
/// The storage keys of the three kinds of state: one key per scope (channel and conversation, channel and user, or all
/// three), whatever the ids hold, and today's keys for ids without '/' or '%'.
/// </summary>
public sealed class StorageKeyTests
{
    private static readonly string[] TrickyIds =
    [
        "X", "X/users/u2", "X/users", "users/u2", "u2", "users", "conversations", "X/conversations/X", "/", "//", "%",
        "%2F", "%2f", "%25", "%252F", "X%2Fusers%2Fu2", "X%2Fusers%2Fu2/", "a/", "/a", "a%", "%/", "/%", "Xy", "X/",
        "X/users/u2/users/u2", "😀/会話", "a b", "\n", "a\nb",
    ];

    private readonly TestAdapter _adapter = new();
    private readonly ConversationState _conversation;
    private readonly UserState _user;
    private readonly PrivateConversationState _private;

    public StorageKeyTests()
    {
        var storage = new MemoryStorage();
        _conversation = new ConversationState(storage);
        _user = new UserState(storage);
        _private = new PrivateConversationState(storage);
    }

    [Fact]
    public void IdsWithoutASlashOrAPercentSignKeepTheKeysStateWasStoredUnderBefore()
    {
        string[] ids =
        [
            "Convo1", "user1", "emulator", "msteams", "directline", "0f3c5a20-8a2b-11ee-b9d1-0242ac120002|livechat",
            "19:abc123@thread.tacv2;messageid=1700000000000", "a:1XyZ-_Q", "29:1AbC", "8:orgid:2f1e", "dl_4fX7",
            "conversations", "users", "😀会話שלום", "a b",
        ];
        var random = new Random(20261206);
        const string alphabet = "abcXYZ019:|;@._-+=~!$&'()*,?#[] \\\"é会";
        var generated = Enumerable.Range(0, 200)
            .Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]));

        foreach (var id in ids.Concat(generated))
        {
            var context = Turn("ch" + id, "c" + id, "u" + id);
            Assert.Equal($"ch{id}/conversations/c{id}", _conversation.GetStorageKey(context));
            Assert.Equal($"ch{id}/users/u{id}", _user.GetStorageKey(context));
            Assert.Equal($"ch{id}/conversations/c{id}/users/u{id}", _private.GetStorageKey(context));
        }
    }

    [Fact]
    public void APrivateStateKeyCannotBeReachedThroughAConversationIdThatSpellsIt()
    {
        var victim = Turn("emulator", "X", "u2");
        var other = Turn("emulator", "X/users/u2", "u9");

        Assert.NotEqual(_private.GetStorageKey(victim), _conversation.GetStorageKey(other));
    }

    [Fact]
    public void DistinctScopesNeverShareAKeyWhateverTheIdsHold()
    {
        // Every combination of tricky ids, and random ones made of the characters that matter: one key, one scope.
        var random = new Random(20261207);
        const string alphabet = "/%2F5usercnvXy";
        var randomIds = Enumerable.Range(0, 40)
            .Select(_ => new string([.. Enumerable.Range(0, random.Next(1, 10)).Select(_ => alphabet[random.Next(alphabet.Length)])]));
        var ids = TrickyIds.Concat(randomIds).Distinct(StringComparer.Ordinal).ToArray();
        string[] channels = ["emulator", "emulator/conversations/X", "emulator%2F", "a/b", "a"];

        var scopes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var channel in channels)
        {
            foreach (var conversation in ids)
            {
                foreach (var user in ids)
                {
                    var context = Turn(channel, conversation, user);
                    Claim(scopes, _conversation.GetStorageKey(context), $"conversation ({channel}) ({conversation})");
                    Claim(scopes, _user.GetStorageKey(context), $"user ({channel}) ({user})");
                    Claim(scopes, _private.GetStorageKey(context), $"private ({channel}) ({conversation}) ({user})");
                }
            }
        }

        Assert.True(scopes.Count > 10_000, $"only {scopes.Count} keys were made");
    }

    private static void Claim(Dictionary<string, string> scopes, string key, string scope)
    {
        if (!scopes.TryAdd(key, scope))
        {
            Assert.True(scopes[key] == scope, $"'{key}' is the key of both {scopes[key]} and {scope}");
        }
    }

    private TurnContext Turn(string channelId, string conversationId, string userId)
    {
        var activity = _adapter.MakeActivity("hi");
        activity.ChannelId = channelId;
        activity.Conversation = new ConversationAccount(conversationId);
        activity.From = new ChannelAccount(userId);
        return new TurnContext(_adapter, activity);
    }
}
