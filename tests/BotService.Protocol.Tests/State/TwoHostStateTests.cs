using BotService.Protocol.State;
using BotService.Storage;
using BotService.Storage.Memory;
using BotService.Storage.Postgres;
using BotService.Testing;
using BotService.Testing.Postgres;
using BotService.Testing.Storage;

namespace BotService.Protocol.Tests.State;

/// <summary>
/// Two independent stacks (adapter, lock, state, storage client) on one database stand for two host processes
/// serving one conversation. Run per provider by the subclasses.
/// </summary>
public abstract class TwoHostStateTests : IAsyncLifetime
{
    private JournalStack? _first;
    private JournalStack? _second;

    private JournalStack First => _first!;

    private JournalStack Second => _second!;

    /// <summary>A new storage client over the same database each time it is called within a test.</summary>
    protected abstract Task<IStorage> ConnectAsync();

    public async Task InitializeAsync()
    {
        _first = new JournalStack(await ConnectAsync());
        _second = new JournalStack(await ConnectAsync());
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AlternatingTurnsOnTwoHostsLoseNothing()
    {
        var messages = Enumerable.Range(1, 12).Select(i => $"m{i}").ToList();

        for (var i = 0; i < messages.Count; i++)
        {
            var replies = await (i % 2 == 0 ? First : Second).SendAsync(messages[i], expectReplies: i % 3 != 0);
            Assert.Equal($"recorded {messages[i]} as #{i + 1}", Assert.Single(replies).Text);
        }

        Assert.Equal(messages, await First.ReadJournalAsync());
        Assert.Equal(messages, await Second.ReadJournalAsync());
    }

    [Fact]
    public async Task RunsALosingTurnAgainOnFreshStateWhenItsRepliesWereBuffered()
    {
        await First.SendAsync("hello");
        First.DuringNextTurn = async () => await Second.SendAsync("from the other host");

        var replies = await First.SendAsync("racing");

        Assert.Equal("recorded racing as #3", Assert.Single(replies).Text);
        Assert.Equal(["hello", "from the other host", "racing"], await First.ReadJournalAsync());
    }

    [Fact]
    public async Task AsksTheUserToRepeatWhenALosingTurnsRepliesAlreadyLeft()
    {
        await First.SendAsync("hello");
        First.DuringNextTurn = async () => await Second.SendAsync("from the other host");

        var replies = await First.SendAsync("racing", expectReplies: false);

        Assert.Equal(["recorded racing as #2", StateConflictMiddleware.RepeatMessage], replies.Select(r => r.Text));
        Assert.Equal(["hello", "from the other host"], await First.ReadJournalAsync());
    }

    [Fact]
    public async Task ATurnThatLosesTheRaceOnOneStateWritesNoneOfItsStates()
    {
        var mine = await ConnectAsync();
        var theirs = await ConnectAsync();
        await theirs.DeleteAsync(["test/conversations/Convo1", "test/users/user1"]);
        var adapter = new TestAdapter();
        var conversation = new ConversationState(mine);
        var user = new UserState(mine);
        var turn = new TurnContext(adapter, adapter.MakeActivity("hi"));
        await new BotStateSet(conversation, user).LoadAllAsync(turn);
        await conversation.CreateProperty<string>("topic").SetAsync(turn, "cramp");
        await user.CreateProperty<string>("name").SetAsync(turn, "from this host");

        var otherUser = new UserState(theirs);
        var otherTurn = new TurnContext(adapter, adapter.MakeActivity("hi"));
        await otherUser.CreateProperty<string>("name").SetAsync(otherTurn, "from the other host");
        await otherUser.SaveChangesAsync(otherTurn);

        await Assert.ThrowsAsync<StorageConflictException>(() => new BotStateSet(conversation, user).SaveAllChangesAsync(turn));

        Assert.Empty(await theirs.ReadAsync(["test/conversations/Convo1"]));
        var freshTurn = new TurnContext(adapter, adapter.MakeActivity("hi"));
        Assert.Equal("from the other host", await new UserState(theirs).CreateProperty<string>("name").GetAsync(freshTurn));
    }

    [Fact]
    public async Task SimultaneousTurnsOnTwoHostsNeverCorruptOrSilentlyDropAMessage()
    {
        var recorded = new List<string>();
        var toldToRepeat = new List<string>();
        for (var round = 0; round < 8; round++)
        {
            var a = $"a{round}";
            var b = $"b{round}";
            var results = await Task.WhenAll(Task.Run(() => First.SendAsync(a)), Task.Run(() => Second.SendAsync(b)));
            foreach (var (text, replies) in new[] { (a, results[0]), (b, results[1]) })
            {
                var reply = Assert.Single(replies).Text!;
                (reply == StateConflictMiddleware.RepeatMessage ? toldToRepeat : recorded).Add(text);
            }
        }

        var journal = await First.ReadJournalAsync();
        Assert.Equal(recorded.Order(), journal.Order());
        Assert.Equal(16, recorded.Count + toldToRepeat.Count);
        Assert.Equal(journal.Count, journal.Distinct().Count());
    }
}

public sealed class MemoryTwoHostStateTests : TwoHostStateTests
{
    private readonly MemoryStorage _shared = new();

    protected override Task<IStorage> ConnectAsync() => Task.FromResult<IStorage>(_shared);
}

public sealed class SqliteTwoHostStateTests : TwoHostStateTests
{
    private readonly SqliteStorageClients _clients = new("botservice-state-");

    protected override Task<IStorage> ConnectAsync() => Task.FromResult<IStorage>(_clients.Connect());

    public override Task DisposeAsync()
    {
        _clients.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "Postgres";
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresTwoHostStateTests(PostgresServerFixture postgres) : TwoHostStateTests
{
    private readonly List<PostgresStorage> _clients = [];

    // Each test gets a fresh conversation table by deleting what the previous test stored under the same key.
    protected override async Task<IStorage> ConnectAsync()
    {
        var client = new PostgresStorage(await postgres.DatabaseForAsync<PostgresTwoHostStateTests>());
        if (_clients.Count == 0)
        {
            await client.DeleteAsync(["test/conversations/Convo1"]);
        }

        _clients.Add(client);
        return client;
    }

    public override async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }
    }
}
