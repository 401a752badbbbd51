using System.Text.Json;
using BotService.Protocol.Schema;
using BotService.Protocol.State;
using BotService.Storage;
using BotService.Storage.Memory;
using BotService.Testing;

namespace BotService.Protocol.Tests.State;

public sealed class BotStateTests
{
    private readonly MemoryStorage _memory = new();
    private readonly CountingStorage _storage;
    private readonly TestAdapter _adapter = new();

    public BotStateTests() => _storage = new CountingStorage(_memory);

    [Fact]
    public async Task LoadsOncePerTurnAndWritesOnlyWhenSomethingChanged()
    {
        var state = new ConversationState(_storage);
        var counter = state.CreateProperty<Counter>("counter");
        var context = NewTurn();

        var value = await counter.GetAsync(context, () => new Counter());
        value.Count++;
        _ = await counter.GetAsync(context);
        await state.SaveChangesAsync(context);
        var unchangedTurn = NewTurn();
        _ = await counter.GetAsync(unchangedTurn);
        await state.SaveChangesAsync(unchangedTurn);

        Assert.Equal(2, _storage.Reads);
        Assert.Equal(1, _storage.Writes);
    }

    [Fact]
    public async Task StoresTheDefaultValueSoChangesToItAreSaved()
    {
        var state = new ConversationState(_storage);
        var counter = state.CreateProperty<Counter>("counter");
        var first = NewTurn();
        (await counter.GetAsync(first, () => new Counter())).Count = 5;
        await state.SaveChangesAsync(first);

        var second = NewTurn();

        Assert.Equal(5, (await counter.GetAsync(second))!.Count);
    }

    [Fact]
    public async Task ReturnsDefaultWithoutStoringWhenNoFactoryIsGiven()
    {
        var state = new ConversationState(_storage);
        var context = NewTurn();

        Assert.Null(await state.CreateProperty<Counter>("counter").GetAsync(context));
        Assert.Equal(0, await state.CreateProperty<int>("number").GetAsync(context));
        await state.SaveChangesAsync(context);
        Assert.Equal(0, _storage.Writes);
    }

    [Fact]
    public void KeysEachKindOfStateByTheIdsThatScopeIt()
    {
        var context = NewTurn();

        Assert.Equal("test/conversations/Convo1", new ConversationState(_storage).GetStorageKey(context));
        Assert.Equal("test/users/user1", new UserState(_storage).GetStorageKey(context));
        Assert.Equal("test/conversations/Convo1/users/user1", new PrivateConversationState(_storage).GetStorageKey(context));
    }

    [Fact]
    public async Task RefusesToKeyStateWithoutAConversationId()
    {
        var activity = _adapter.MakeActivity("hi");
        activity.Conversation = new ConversationAccount();
        var context = new TurnContext(_adapter, activity);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new ConversationState(_storage).LoadAsync(context));
        Assert.Contains("conversation.id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersistsSetAndDeleteOfAProperty()
    {
        var state = new UserState(_storage);
        var name = state.CreateProperty<string>("name");
        var age = state.CreateProperty<int>("age");
        var first = NewTurn();
        await name.SetAsync(first, "Ann");
        await age.SetAsync(first, 41);
        await state.SaveChangesAsync(first);
        var second = NewTurn();
        await age.DeleteAsync(second);
        await state.SaveChangesAsync(second);

        var third = NewTurn();

        Assert.Equal("Ann", await name.GetAsync(third));
        Assert.Equal(-1, await age.GetAsync(third, () => -1));
    }

    [Fact]
    public async Task WritesTheEmptyStateAfterAClear()
    {
        var state = new ConversationState(_storage);
        var counter = state.CreateProperty<Counter>("counter");
        var first = NewTurn();
        (await counter.GetAsync(first, () => new Counter())).Count = 3;
        await state.SaveChangesAsync(first);

        var second = NewTurn();
        await state.ClearStateAsync(second);
        await state.SaveChangesAsync(second);

        Assert.Null(await counter.GetAsync(NewTurn()));
        Assert.Equal(2, _storage.Writes);
    }

    [Fact]
    public async Task DeletesTheStoredDocument()
    {
        var state = new ConversationState(_storage);
        var first = NewTurn();
        await state.CreateProperty<string>("p").SetAsync(first, "x");
        await state.SaveChangesAsync(first);

        await state.DeleteAsync(NewTurn());

        Assert.Empty(await _memory.ReadAsync(["test/conversations/Convo1"]));
    }

    [Fact]
    public async Task RejectsASaveWhenAnotherTurnSavedSinceTheLoad()
    {
        var state = new ConversationState(_storage);
        var counter = state.CreateProperty<Counter>("counter");
        var seed = NewTurn();
        await counter.SetAsync(seed, new Counter { Count = 1 });
        await state.SaveChangesAsync(seed);
        var slow = NewTurn();
        var fast = NewTurn();
        (await counter.GetAsync(slow))!.Count = 10;
        (await counter.GetAsync(fast))!.Count = 20;

        await state.SaveChangesAsync(fast);
        await Assert.ThrowsAsync<StorageConflictException>(() => state.SaveChangesAsync(slow));

        Assert.Equal(20, (await counter.GetAsync(NewTurn()))!.Count);
    }

    [Fact]
    public async Task NeverOverwritesStateCreatedConcurrentlyByAnotherTurn()
    {
        var state = new ConversationState(_storage);
        var owner = state.CreateProperty<string>("owner");
        var first = NewTurn();
        var second = NewTurn();
        await owner.SetAsync(first, "first");
        await owner.SetAsync(second, "second");

        await state.SaveChangesAsync(first);
        await Assert.ThrowsAsync<StorageConflictException>(() => state.SaveChangesAsync(second));

        Assert.Equal("first", await owner.GetAsync(NewTurn()));
    }

    [Fact]
    public async Task SavesAgainInTheSameTurnWithTheNewETag()
    {
        var state = new ConversationState(_storage);
        var counter = state.CreateProperty<Counter>("counter");
        var context = NewTurn();
        var value = await counter.GetAsync(context, () => new Counter());
        value.Count = 1;
        await state.SaveChangesAsync(context);
        value.Count = 2;
        await state.SaveChangesAsync(context);

        Assert.Equal(2, (await counter.GetAsync(NewTurn()))!.Count);
    }

    [Fact]
    public async Task StoresReadableJsonWithTheStateAndItsETag()
    {
        var state = new ConversationState(_storage);
        var context = NewTurn();
        await state.CreateProperty<Counter>("counter").SetAsync(context, new Counter { Count = 7, Label = null });
        await state.SaveChangesAsync(context);

        var stored = (JsonElement)(await _memory.ReadAsync(["test/conversations/Convo1"]))["test/conversations/Convo1"];

        Assert.Equal("""{"counter":{"count":7}}""", stored.GetProperty("state").GetRawText());
        Assert.False(string.IsNullOrEmpty(stored.GetProperty("eTag").GetString()));
    }

    [Fact]
    public async Task SavesEveryStateOfTheSetAfterTheTurn()
    {
        var conversation = new ConversationState(_storage);
        var user = new UserState(_storage);
        _adapter.Use(new AutoSaveStateMiddleware(conversation, user));
        var topic = conversation.CreateProperty<string>("topic");
        var name = user.CreateProperty<string>("name");

        await _adapter.SendTextToBotAsync("hi", async (ctx, ct) =>
        {
            await topic.SetAsync(ctx, "twitch", ct);
            await name.SetAsync(ctx, "Ann", ct);
        });

        Assert.Equal(["test/conversations/Convo1", "test/users/user1"], _storage.WrittenKeys);
    }

    [Fact]
    public async Task SavesEveryChangedStateOfOneStorageInOneWrite()
    {
        var conversation = new ConversationState(_storage);
        var user = new UserState(_storage);
        var privateState = new PrivateConversationState(_storage);
        var turn = NewTurn();
        await conversation.CreateProperty<string>("owner").SetAsync(turn, "user1");
        await user.CreateProperty<bool>("welcomed").SetAsync(turn, true);
        await privateState.CreateProperty<Counter>("dialog").SetAsync(turn, new Counter { Count = 1 });

        await new BotStateSet(conversation, user, privateState).SaveAllChangesAsync(turn);

        Assert.Equal(1, _storage.Writes);
        Assert.Equal(3, (await _memory.ReadAsync(["test/conversations/Convo1", "test/users/user1", "test/conversations/Convo1/users/user1"])).Count);
    }

    [Fact]
    public async Task WritesNoStateOfTheSetWhenAnyOfThemLostARace()
    {
        var conversation = new ConversationState(_storage);
        var privateState = new PrivateConversationState(_storage);
        var set = new BotStateSet(conversation, privateState);
        var dialog = privateState.CreateProperty<Counter>("dialog");
        var seed = NewTurn();
        await dialog.SetAsync(seed, new Counter { Count = 1 });
        await set.SaveAllChangesAsync(seed);
        var slow = NewTurn();
        var fast = NewTurn();
        (await dialog.GetAsync(slow))!.Count = 10;
        await conversation.CreateProperty<string>("owner").SetAsync(slow, "slow");
        (await dialog.GetAsync(fast))!.Count = 20;

        await set.SaveAllChangesAsync(fast);
        await Assert.ThrowsAsync<StorageConflictException>(() => set.SaveAllChangesAsync(slow));

        Assert.Empty(await _memory.ReadAsync(["test/conversations/Convo1"]));
        Assert.Equal(20, (await dialog.GetAsync(NewTurn()))!.Count);
    }

    [Fact]
    public async Task SavesStatesKeptInDifferentStoragesOneWriteEach()
    {
        var otherMemory = new MemoryStorage();
        var other = new CountingStorage(otherMemory);
        var conversation = new ConversationState(_storage);
        var user = new UserState(other);
        var turn = NewTurn();
        await conversation.CreateProperty<string>("topic").SetAsync(turn, "cramp");
        await user.CreateProperty<string>("name").SetAsync(turn, "Ann");

        await new BotStateSet(conversation, user).SaveAllChangesAsync(turn);
        await new BotStateSet(conversation, user).SaveAllChangesAsync(turn);

        Assert.Equal((1, 1), (_storage.Writes, other.Writes));
        Assert.Single(await otherMemory.ReadAsync(["test/users/user1"]));
    }

    [Fact]
    public async Task RefusesToSaveTwoStatesOfTheSetKeptUnderOneKey()
    {
        var conversation = new ConversationState(_storage);
        var lookalike = new LookalikeState(_storage);
        var turn = NewTurn();
        await conversation.CreateProperty<string>("a").SetAsync(turn, "1");
        await lookalike.CreateProperty<string>("b").SetAsync(turn, "2");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new BotStateSet(conversation, lookalike).SaveAllChangesAsync(turn));

        Assert.Contains("test/conversations/Convo1", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _storage.Writes);
    }

    [Fact]
    public async Task SavesAStateGivenTwiceToTheSetOnce()
    {
        var conversation = new ConversationState(_storage);
        var turn = NewTurn();
        await conversation.CreateProperty<string>("topic").SetAsync(turn, "spasm");

        await new BotStateSet(conversation, conversation).SaveAllChangesAsync(turn);

        Assert.Equal(["test/conversations/Convo1"], _storage.WrittenKeys);
    }

    [Fact]
    public async Task AutoSaveLoadsEveryStateWithOneReadAndTheBotSeesWhatWasStored()
    {
        var conversation = new ConversationState(_storage);
        var user = new UserState(_storage);
        var privateState = new PrivateConversationState(_storage);
        var set = new BotStateSet(conversation, user, privateState);
        var first = NewTurn();
        await conversation.CreateProperty<Counter>("c").SetAsync(first, new Counter { Count = 1 });
        await user.CreateProperty<Counter>("u").SetAsync(first, new Counter { Count = 2 });
        await privateState.CreateProperty<Counter>("p").SetAsync(first, new Counter { Count = 3 });
        await set.SaveAllChangesAsync(first);
        var readsBefore = _storage.Reads;

        var seen = new List<int>();
        var turn = NewTurn();
        await new AutoSaveStateMiddleware(set).OnTurnAsync(turn, async ct =>
        {
            seen.Add((await conversation.CreateProperty<Counter>("c").GetAsync(turn, cancellationToken: ct))!.Count);
            seen.Add((await user.CreateProperty<Counter>("u").GetAsync(turn, cancellationToken: ct))!.Count);
            seen.Add((await privateState.CreateProperty<Counter>("p").GetAsync(turn, cancellationToken: ct))!.Count);
        });

        Assert.Equal([1, 2, 3], seen);
        Assert.Equal(1, _storage.Reads - readsBefore);
    }

    [Fact]
    public async Task AStateWhoseKeyTheTurnCannotMakeIsNotPreloadedAndTheOthersStill()
    {
        var conversation = new ConversationState(_storage);
        var user = new UserState(_storage);
        var turn = new TurnContext(_adapter, _adapter.MakeActivity("hi"));
        turn.Activity.From = null;

        await new BotStateSet(conversation, user).LoadAllAsync(turn);

        Assert.Equal(1, _storage.Reads);
        Assert.Equal(0, await conversation.CreateProperty<int>("n").GetAsync(turn));
        await Assert.ThrowsAsync<InvalidOperationException>(() => user.CreateProperty<int>("n").GetAsync(turn));
    }

    private TurnContext NewTurn() => new(_adapter, _adapter.MakeActivity("hi"));

    /// <summary>A state keyed exactly like <see cref="ConversationState"/>.</summary>
    private sealed class LookalikeState(IStorage storage) : BotState(storage, nameof(LookalikeState))
    {
        public override string GetStorageKey(ITurnContext turnContext) => $"{turnContext.Activity.ChannelId}/conversations/{turnContext.Activity.Conversation!.Id}";
    }

    public sealed class Counter
    {
        public int Count { get; set; }
        public string? Label { get; set; }
    }
}
