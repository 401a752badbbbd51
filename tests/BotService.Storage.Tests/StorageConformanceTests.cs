using System.Text.Json;
using BotService.Storage;
using BotService.Testing;

namespace BotService.Storage.Tests;

/// <summary>
/// The one contract every <see cref="IStorage"/> provider passes (run once per provider by the subclasses).
/// Keys carry a per-test prefix so providers sharing a database between tests stay independent.
/// </summary>
public abstract class StorageConformanceTests : IAsyncLifetime
{
    private readonly string _prefix = $"t{Guid.NewGuid():N}";
    private IStorage? _storage;

    protected ManualTimeProvider Clock { get; } = new();

    protected static TimeSpan Expiry { get; } = TimeSpan.FromDays(7);

    protected IStorage Storage => _storage ?? throw new InvalidOperationException("Not initialised.");

    /// <summary>A new provider instance over the same backing store as every other call in this test.</summary>
    protected abstract Task<IStorage> CreateStorageAsync(TimeProvider time, TimeSpan expiry);

    public virtual async Task InitializeAsync() => _storage = await CreateStorageAsync(Clock, Expiry);

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected string Key(string name) => $"{_prefix}/{name}";

    [Fact]
    public async Task ReadsBackEveryValueOfABatchWrite()
    {
        await Storage.WriteAsync(new Dictionary<string, object>
        {
            [Key("a")] = new Note { Text = "first" },
            [Key("b")] = new PlainValue("second", 2),
        });

        var read = await Storage.ReadAsync([Key("a"), Key("b")]);

        Assert.Equal(2, read.Count);
        Assert.Equal("first", ((JsonElement)read[Key("a")]).GetProperty("text").GetString());
        var plain = await Storage.ReadAsync<PlainValue>(Key("b"));
        Assert.Equal(new PlainValue("second", 2), plain);
    }

    [Fact]
    public async Task LeavesMissingKeysOutOfARead()
    {
        await Storage.WriteAsync(Key("present"), new Note { Text = "x" });

        var read = await Storage.ReadAsync([Key("present"), Key("missing")]);

        Assert.Single(read);
        Assert.True(read.ContainsKey(Key("present")));
        Assert.Empty(await Storage.ReadAsync([Key("never")]));
    }

    [Fact]
    public async Task ReadsManyKeysAtOnceLeavingOutMissingExpiredAndRepeatedOnes()
    {
        await Storage.WriteAsync(Key("expiring"), new Note { Text = "soon gone" });
        Clock.Advance(Expiry - TimeSpan.FromMinutes(1));
        var present = Enumerable.Range(0, 9).Select(i => Key($"n{i}")).ToArray();
        await Storage.WriteAsync(present.ToDictionary(k => k, object (k) => new Note { Text = k }));
        Clock.Advance(TimeSpan.FromMinutes(2));

        string[] asked = [.. present, Key("missing"), Key("expiring"), present[0], Key("also-missing")];
        var read = await Storage.ReadAsync(asked);

        Assert.Equal(present.Order(StringComparer.Ordinal), read.Keys.Order(StringComparer.Ordinal));
        Assert.All(present, k => Assert.Equal(k, ((JsonElement)read[k]).GetProperty("text").GetString()));
    }

    [Fact]
    public async Task StoresCamelCaseJsonWithoutNulls()
    {
        await Storage.WriteAsync(Key("json"), new Note { Text = "hello", Comment = null });

        var element = (JsonElement)(await Storage.ReadAsync([Key("json")]))[Key("json")];

        Assert.True(element.TryGetProperty("text", out _));
        Assert.False(element.TryGetProperty("comment", out _));
        Assert.False(element.TryGetProperty("Text", out _));
    }

    [Fact]
    public async Task GivesEveryWriteOfAnItemANewETagThatIsStoredWithIt()
    {
        var note = new Note { Text = "v1" };
        await Storage.WriteAsync(Key("n"), note);
        var first = note.ETag;
        note.Text = "v2";
        await Storage.WriteAsync(Key("n"), note);

        Assert.False(string.IsNullOrEmpty(first));
        Assert.NotEqual(first, note.ETag);
        var stored = await Storage.ReadAsync<Note>(Key("n"));
        Assert.Equal(note.ETag, stored!.ETag);
        Assert.Equal("v2", stored.Text);
    }

    [Fact]
    public async Task RejectsAStaleETagAndWritesNothingElseInTheBatch()
    {
        var original = new Note { Text = "original" };
        await Storage.WriteAsync(Key("shared"), original);
        var staleCopy = (await Storage.ReadAsync<Note>(Key("shared")))!;
        var fresh = (await Storage.ReadAsync<Note>(Key("shared")))!;
        fresh.Text = "someone else";
        await Storage.WriteAsync(Key("shared"), fresh);

        staleCopy.Text = "lost update";
        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(new Dictionary<string, object>
        {
            [Key("other")] = new Note { Text = "must not be written" },
            [Key("shared")] = staleCopy,
        }));

        Assert.Equal(Key("shared"), conflict.Key);
        Assert.Equal("someone else", (await Storage.ReadAsync<Note>(Key("shared")))!.Text);
        Assert.Empty(await Storage.ReadAsync([Key("other")]));
    }

    [Fact]
    public async Task RejectsAConflictOnTheFirstWriteOfABatchAndWritesNoneAfterIt()
    {
        await Storage.WriteAsync(Key("a-stale"), new Note { Text = "stored" });
        var stale = new Note { Text = "lost update", ETag = "not-the-current-etag" };

        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(new Dictionary<string, object>
        {
            [Key("a-stale")] = stale,
            [Key("b-other")] = new Note { Text = "must not be written" },
            [Key("c-plain")] = new PlainValue("three", 3),
        }));

        Assert.Equal(Key("a-stale"), conflict.Key);
        Assert.Equal("stored", (await Storage.ReadAsync<Note>(Key("a-stale")))!.Text);
        Assert.Empty(await Storage.ReadAsync([Key("b-other"), Key("c-plain")]));
    }

    [Fact]
    public async Task RejectsACreateOnlyWriteInTheMiddleOfABatchAndWritesNeitherSide()
    {
        await Storage.WriteAsync(Key("b-taken"), new Note { Text = "first creator" });

        var conflict = await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(new Dictionary<string, object>
        {
            [Key("a-before")] = new Note { Text = "must not be written", ETag = StoreETags.New },
            [Key("b-taken")] = new Note { Text = "second creator", ETag = StoreETags.New },
            [Key("c-after")] = new Note { Text = "must not be written", ETag = StoreETags.New },
        }));

        Assert.Equal(Key("b-taken"), conflict.Key);
        Assert.Equal("first creator", (await Storage.ReadAsync<Note>(Key("b-taken")))!.Text);
        Assert.Empty(await Storage.ReadAsync([Key("a-before"), Key("c-after")]));
    }

    [Fact]
    public async Task KeepsTheCallersETagWhenTheWriteConflicts()
    {
        var note = new Note { Text = "a" };
        await Storage.WriteAsync(Key("k"), note);
        var stale = new Note { Text = "b", ETag = "not-the-current-etag" };

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(Key("k"), stale));

        Assert.Equal("not-the-current-etag", stale.ETag);
    }

    [Fact]
    public async Task OverwritesWhateverIsStoredWhenTheETagIsAStar()
    {
        await Storage.WriteAsync(Key("k"), new Note { Text = "old" });

        await Storage.WriteAsync(Key("k"), new Note { Text = "forced", ETag = StoreETags.Any });

        Assert.Equal("forced", (await Storage.ReadAsync<Note>(Key("k")))!.Text);
    }

    [Fact]
    public async Task WritesPlainValuesAndNullETagsUnconditionally()
    {
        await Storage.WriteAsync(Key("plain"), new PlainValue("one", 1));
        await Storage.WriteAsync(Key("plain"), new PlainValue("two", 2));
        await Storage.WriteAsync(Key("item"), new Note { Text = "one" });
        await Storage.WriteAsync(Key("item"), new Note { Text = "two", ETag = null });

        Assert.Equal(2, (await Storage.ReadAsync<PlainValue>(Key("plain")))!.Number);
        Assert.Equal("two", (await Storage.ReadAsync<Note>(Key("item")))!.Text);
    }

    [Fact]
    public async Task CreatesWithTheNewETagOnlyWhenNothingIsStored()
    {
        var created = new Note { Text = "first creator", ETag = StoreETags.New };
        await Storage.WriteAsync(Key("doc"), created);
        var late = new Note { Text = "second creator", ETag = StoreETags.New };

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(Key("doc"), late));

        Assert.NotEqual(StoreETags.New, created.ETag);
        Assert.Equal("first creator", (await Storage.ReadAsync<Note>(Key("doc")))!.Text);
    }

    [Fact]
    public async Task RejectsAnETagForAnItemDeletedSinceItWasRead()
    {
        var note = new Note { Text = "x" };
        await Storage.WriteAsync(Key("gone"), note);
        await Storage.DeleteAsync([Key("gone")]);

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(Key("gone"), note));
        Assert.Empty(await Storage.ReadAsync([Key("gone")]));
    }

    [Fact]
    public async Task DeletesABatchOfKeysAndIgnoresMissingOnes()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { [Key("a")] = new PlainValue("a", 1), [Key("b")] = new PlainValue("b", 2), [Key("c")] = new PlainValue("c", 3) });

        await Storage.DeleteAsync([Key("a"), Key("b"), Key("nope")]);

        Assert.Equal([Key("c")], (await Storage.ReadAsync([Key("a"), Key("b"), Key("c")])).Keys);
    }

    [Fact]
    public async Task ShowsAnItemUntilTheMomentItExpiresAndHidesItFromThen()
    {
        await Storage.WriteAsync(Key("edge"), new Note { Text = "edge" });

        Clock.Advance(Expiry - TimeSpan.FromTicks(1));
        Assert.Single(await Storage.ReadAsync([Key("edge")]));
        Clock.Advance(TimeSpan.FromTicks(1));
        Assert.Empty(await Storage.ReadAsync([Key("edge")]));
    }

    [Fact]
    public async Task HidesItemsOnceTheyExpireAndPurgesThem()
    {
        await Storage.WriteAsync(Key("old"), new Note { Text = "old" });
        Clock.Advance(Expiry - TimeSpan.FromMinutes(1));
        Assert.Single(await Storage.ReadAsync([Key("old")]));
        await Storage.WriteAsync(Key("young"), new Note { Text = "young" });

        Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Empty(await Storage.ReadAsync([Key("old")]));
        Assert.Single(await Storage.ReadAsync([Key("young")]));
        Assert.True(await ((IExpiringStorage)Storage).PurgeExpiredAsync() >= 1);
        Assert.Single(await Storage.ReadAsync([Key("young")]));
    }

    [Fact]
    public async Task CountsExpiryFromTheLastWrite()
    {
        var note = new Note { Text = "v1" };
        await Storage.WriteAsync(Key("n"), note);
        Clock.Advance(TimeSpan.FromDays(5));
        await Storage.WriteAsync(Key("n"), note);

        Clock.Advance(TimeSpan.FromDays(5));

        Assert.Single(await Storage.ReadAsync([Key("n")]));
    }

    [Fact]
    public async Task TreatsAnExpiredItemAsAbsentForWrites()
    {
        var note = new Note { Text = "expired" };
        await Storage.WriteAsync(Key("e"), note);
        Clock.Advance(Expiry + TimeSpan.FromSeconds(1));

        await Assert.ThrowsAsync<StorageConflictException>(() => Storage.WriteAsync(Key("e"), note));
        await Storage.WriteAsync(Key("e"), new Note { Text = "recreated", ETag = StoreETags.New });

        Assert.Equal("recreated", (await Storage.ReadAsync<Note>(Key("e")))!.Text);
    }

    [Fact]
    public async Task LetsExactlyOneOfSeveralWritersWithTheSameETagWin()
    {
        var seed = new Note { Text = "seed" };
        await Storage.WriteAsync(Key("race"), seed);
        var other = await CreateStorageAsync(Clock, Expiry);

        var attempts = Enumerable.Range(0, 8).Select(async i =>
        {
            var copy = new Note { Text = $"writer {i}", ETag = seed.ETag };
            try
            {
                await (i % 2 == 0 ? Storage : other).WriteAsync(Key("race"), copy);
                return true;
            }
            catch (StorageConflictException)
            {
                return false;
            }
        }).ToList();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(1, outcomes.Count(won => won));
        var winner = Array.IndexOf(outcomes, true);
        Assert.Equal($"writer {winner}", (await Storage.ReadAsync<Note>(Key("race")))!.Text);
    }

    [Fact]
    public async Task RejectsANullValue()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Storage.WriteAsync(new Dictionary<string, object> { [Key("null")] = null! }));
    }

    public sealed class Note : IStoreItem
    {
        public string? Text { get; set; }
        public string? Comment { get; set; }
        public string? ETag { get; set; }
    }

    public sealed record PlainValue(string Name, int Number);
}
