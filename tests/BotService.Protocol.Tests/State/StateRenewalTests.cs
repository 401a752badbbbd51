using BotService.Protocol.Schema;
using BotService.Protocol.State;
using BotService.Storage;
using BotService.Storage.Memory;
using BotService.Storage.Postgres;
using BotService.Storage.Sqlite;
using BotService.Testing;
using BotService.Testing.Postgres;
using Microsoft.Data.Sqlite;

namespace BotService.Protocol.Tests.State;

/// <summary>
/// State in use does not expire: an unchanged state is written again, with the turn's other changes, once its stored
/// copy is a day old. Storage keeps documents 7 days after their last write; the clock is the test's. Run per provider
/// by the subclasses.
/// </summary>
public abstract class StateRenewalTests : IAsyncLifetime
{
    private static readonly TimeSpan Expiry = TimeSpan.FromDays(7);

    private readonly TestAdapter _adapter = new();
    private readonly string _conversationId = "renewal-" + Guid.NewGuid().ToString("N");
    private CountingStorage? _storage;

    protected ManualTimeProvider Clock { get; } = new();

    private CountingStorage Storage => _storage!;

    /// <summary>The provider under test, keeping documents <paramref name="expiry"/> after their last write by <paramref name="clock"/>.</summary>
    protected abstract Task<IStorage> ConnectAsync(TimeProvider clock, TimeSpan expiry);

    public async Task InitializeAsync() => _storage = new CountingStorage(await ConnectAsync(Clock, Expiry));

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AStateReadEveryTurnButNeverChangedLivesAsLongAsTheConversationIsInUse()
    {
        var (conversation, privateState, set) = States();
        var owner = conversation.CreateProperty<string>("ConversationOwner");
        var turns = privateState.CreateProperty<int>("turns");
        var first = await LoadedTurnAsync(set);
        await owner.SetAsync(first, "user1");
        await set.SaveAllChangesAsync(first);

        // A turn every three days for three weeks; each changes the private state, none the owner.
        for (var day = 3; day <= 21; day += 3)
        {
            Clock.Advance(TimeSpan.FromDays(3));
            var turn = await LoadedTurnAsync(set);
            Assert.True(await owner.GetAsync(turn) == "user1", $"the owner was gone on day {day}");
            await turns.SetAsync(turn, day);
            await set.SaveAllChangesAsync(turn);
        }
    }

    [Fact]
    public async Task AnUnchangedStateIsWrittenAgainOnlyOnceADayAndWithTheTurnsOtherChanges()
    {
        var (conversation, privateState, set) = States();
        var turns = privateState.CreateProperty<int>("turns");
        var first = await LoadedTurnAsync(set);
        await conversation.CreateProperty<string>("ConversationOwner").SetAsync(first, "user1");
        await turns.SetAsync(first, 1);
        await set.SaveAllChangesAsync(first);
        var conversationKey = conversation.GetStorageKey(first);
        var privateKey = privateState.GetStorageKey(first);

        Assert.Equal([privateKey], await TurnAsync(TimeSpan.FromHours(12), 2));
        Assert.Equal([conversationKey, privateKey], await TurnAsync(TimeSpan.FromHours(12), 3));
        Assert.Empty(await TurnAsync(TimeSpan.FromHours(1), changeTo: null));
        Assert.Equal([conversationKey, privateKey], await TurnAsync(TimeSpan.FromHours(24), changeTo: null));

        // The keys each turn wrote, in one batch (one storage write) or none.
        async Task<string[]> TurnAsync(TimeSpan after, int? changeTo)
        {
            Clock.Advance(after);
            var (writes, written) = (Storage.Writes, Storage.WrittenKeys.Count);
            var turn = await LoadedTurnAsync(set);
            if (changeTo is { } value)
            {
                await turns.SetAsync(turn, value);
            }

            await set.SaveAllChangesAsync(turn);
            Assert.InRange(Storage.Writes - writes, 0, 1);
            return [.. Storage.WrittenKeys.Skip(written).Order(StringComparer.Ordinal)];
        }
    }

    [Fact]
    public async Task AStateStoredBeforeSaveTimesWereRecordedIsWrittenAgainTheFirstTimeATurnReadsIt()
    {
        var (conversation, _, set) = States();
        var key = conversation.GetStorageKey(NewTurn());
        await Storage.WriteAsync(key, new UndatedDocument { State = new() { ["ConversationOwner"] = "user1" }, ETag = StoreETags.Any });
        Clock.Advance(TimeSpan.FromDays(6));
        var writes = Storage.Writes;

        var turn = await LoadedTurnAsync(set);
        Assert.Equal("user1", await conversation.CreateProperty<string>("ConversationOwner").GetAsync(turn));
        await set.SaveAllChangesAsync(turn);

        Assert.Equal(writes + 1, Storage.Writes);
        Clock.Advance(TimeSpan.FromDays(6));
        Assert.NotEmpty(await Storage.ReadAsync([key]));
    }

    [Fact]
    public async Task AUsersStateAcrossConversationsIsNotRenewedSoTwoConversationsNeverRaceToRenewIt()
    {
        // No conversation's lock covers it: two conversations renewing it at once would conflict, one losing its turn.
        var user = new UserState(Storage, Clock);
        var set = new BotStateSet(user);
        var first = await LoadedTurnAsync(set);
        await user.CreateProperty<bool>("Welcomed").SetAsync(first, true);
        await set.SaveAllChangesAsync(first);
        Clock.Advance(TimeSpan.FromDays(2));
        var writes = Storage.Writes;

        var turn = await LoadedTurnAsync(set);
        Assert.True(await user.CreateProperty<bool>("Welcomed").GetAsync(turn));
        await set.SaveAllChangesAsync(turn);

        Assert.Equal(writes, Storage.Writes);
    }

    private (ConversationState Conversation, PrivateConversationState Private, BotStateSet Set) States()
    {
        var conversation = new ConversationState(Storage, Clock);
        var privateState = new PrivateConversationState(Storage, Clock);
        return (conversation, privateState, new BotStateSet(conversation, privateState));
    }

    private async Task<TurnContext> LoadedTurnAsync(BotStateSet set)
    {
        var turn = NewTurn();
        await set.LoadAllAsync(turn);
        return turn;
    }

    private TurnContext NewTurn()
    {
        var activity = _adapter.MakeActivity("hi");
        activity.Conversation = new ConversationAccount(_conversationId);
        return new TurnContext(_adapter, activity);
    }

    /// <summary>A state document as stored before save times were recorded: the state and its ETag.</summary>
    private sealed class UndatedDocument : IStoreItem
    {
        public Dictionary<string, string> State { get; init; } = [];

        public string? ETag { get; set; }
    }
}

public sealed class MemoryStateRenewalTests : StateRenewalTests
{
    protected override Task<IStorage> ConnectAsync(TimeProvider clock, TimeSpan expiry) => Task.FromResult<IStorage>(new MemoryStorage(clock, expiry));
}

public sealed class SqliteStateRenewalTests : StateRenewalTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("botservice-renewal-").FullName;
    private SqliteStorage? _storage;

    protected override Task<IStorage> ConnectAsync(TimeProvider clock, TimeSpan expiry)
    {
        _storage = new SqliteStorage(Path.Combine(_folder, "botstate.db"), clock, expiry);
        return Task.FromResult<IStorage>(_storage);
    }

    public override Task DisposeAsync()
    {
        _storage?.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresStateRenewalTests(PostgresServerFixture postgres) : StateRenewalTests
{
    private PostgresStorage? _storage;

    protected override async Task<IStorage> ConnectAsync(TimeProvider clock, TimeSpan expiry)
    {
        _storage = new PostgresStorage(await postgres.DatabaseForAsync<PostgresStateRenewalTests>(), clock, expiry);
        return _storage;
    }

    public override async Task DisposeAsync()
    {
        if (_storage is not null)
        {
            await _storage.DisposeAsync();
        }
    }
}
