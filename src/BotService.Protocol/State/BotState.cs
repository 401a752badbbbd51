using System.Text.Json;
using BotService.Storage;

namespace BotService.Protocol.State;

/// <summary>
/// State kept in <see cref="IStorage"/> under a key derived from the turn (style.md §2.4): loaded once per turn
/// and cached in turn state, saved only when its JSON changed. Unlike the SDK, saves enforce the ETag read at
/// load time: if another turn (another process) saved in between, <see cref="SaveChangesAsync"/> throws
/// <see cref="StorageConflictException"/> instead of overwriting; a state that did not exist is created with
/// <see cref="StoreETags.New"/>, so a document created concurrently is never silently replaced. An unchanged state
/// is written too once its stored copy is a day old (<see cref="StateRenewal"/>), so that it does not expire while in use.
/// </summary>
public abstract class BotState
{
    private readonly string _contextServiceKey;
    private readonly StateRenewal _renewal;

    /// <param name="storage">Where the state is kept.</param>
    /// <param name="contextServiceKey">The state's name in the turn's cache.</param>
    /// <param name="timeProvider">The clock that dates saves, for renewal: give the storage's (default: the system clock).</param>
    /// <param name="renewWhileInUse">False for a state outside any one conversation (<see cref="UserState"/>), see <see cref="StateRenewal"/>.</param>
    protected BotState(IStorage storage, string contextServiceKey, TimeProvider? timeProvider = null, bool renewWhileInUse = true)
    {
        Storage = storage ?? throw new ArgumentNullException(nameof(storage));
        ArgumentException.ThrowIfNullOrEmpty(contextServiceKey);
        _contextServiceKey = contextServiceKey;
        _renewal = new StateRenewal(timeProvider, storage, renewWhileInUse);
    }

    public IStorage Storage { get; }

    /// <summary>The storage key for this turn; throws <see cref="InvalidOperationException"/> when an id is missing.</summary>
    public abstract string GetStorageKey(ITurnContext turnContext);

    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new StatePropertyAccessor<T>(this, name);
    }

    /// <summary>Reads the state into the turn's cache, unless already loaded (or <paramref name="force"/>).</summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && turnContext.TurnState.Get<CachedBotState>(_contextServiceKey) is not null)
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var items = await Storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        SetLoaded(turnContext, items.TryGetValue(key, out var stored) ? stored : null);
    }

    /// <summary>True when this turn already holds the state (loaded, or created empty).</summary>
    internal bool IsLoaded(ITurnContext turnContext) => turnContext.TurnState.Get<CachedBotState>(_contextServiceKey) is not null;

    /// <summary>The storage key, or null when the turn lacks an id it needs (such a state is never preloaded).</summary>
    internal string? TryGetStorageKey(ITurnContext turnContext)
    {
        try
        {
            return GetStorageKey(turnContext);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Caches what storage returned for this state's key (null: nothing stored yet).</summary>
    internal void SetLoaded(ITurnContext turnContext, object? stored) =>
        turnContext.TurnState.Set(_contextServiceKey, stored is JsonElement document ? CachedBotState.FromDocument(document) : CachedBotState.Empty());

    /// <summary>
    /// Writes the state if it changed since it was loaded (or <paramref name="force"/>), with the ETag read.
    /// Throws <see cref="StorageConflictException"/> when another turn saved it first.
    /// </summary>
    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        if (TakeChanges(turnContext, force) is not { } save)
        {
            return;
        }

        await Storage.WriteAsync(save.Key, save.Document, cancellationToken).ConfigureAwait(false);
        save.Complete();
    }

    /// <summary>
    /// The write this state needs at the end of the turn, or null when it is unchanged (or not loaded) and its stored
    /// copy is not due for renewal. Nothing is cached as saved until <see cref="PendingSave.Complete"/>, called once
    /// the write succeeded.
    /// </summary>
    internal PendingSave? TakeChanges(ITurnContext turnContext, bool force)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = turnContext.TurnState.Get<CachedBotState>(_contextServiceKey);
        if (cached is null)
        {
            return null;
        }

        // Serialised into this thread's reusable buffer: most saves find nothing changed and copy nothing out.
        // Everything up to the copy is synchronous, so no other save on this thread can use the buffer meanwhile.
        var buffer = SaveBuffer.Take();
        cached.Serialize(buffer);
        var now = _renewal.Now();
        if (!force && !cached.ForceWrite && !_renewal.IsDue(cached.SavedAt, now) && buffer.WrittenSpan.SequenceEqual(cached.LoadedJson))
        {
            return null;
        }

        var json = buffer.WrittenSpan.ToArray();
        var document = new BotStateDocument { State = json, ETag = cached.ETag ?? StoreETags.New, SavedAt = now };
        return new PendingSave(GetStorageKey(turnContext), document, cached, json);
    }

    /// <summary>
    /// Empties the state; the next save writes the empty state (over whatever is stored if it was never loaded,
    /// otherwise with the ETag read, like any other change).
    /// </summary>
    public Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var eTag = turnContext.TurnState.Get<CachedBotState>(_contextServiceKey) is { } loaded ? loaded.ETag ?? StoreETags.New : StoreETags.Any;
        var cleared = CachedBotState.Empty(eTag);
        cleared.ForceWrite = true;
        turnContext.TurnState.Set(_contextServiceKey, cleared);
        return Task.CompletedTask;
    }

    /// <summary>Deletes the stored state and the turn's cache (for "delete my data").</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(_contextServiceKey);
        await Storage.DeleteAsync([GetStorageKey(turnContext)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drops the turn's cache without saving, so the next access reads fresh state (after a conflict).</summary>
    public void Forget(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Remove(_contextServiceKey);
    }

    internal async ValueTask<CachedBotState> GetCachedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.Get<CachedBotState>(_contextServiceKey) is { } cached)
        {
            return cached;
        }

        await LoadAsync(turnContext, force: true, cancellationToken).ConfigureAwait(false);
        return turnContext.TurnState.Get<CachedBotState>(_contextServiceKey)!;
    }

    protected static string Require(string? value, string what) =>
        string.IsNullOrEmpty(value) ? throw new InvalidOperationException($"The activity has no {what}; state cannot be keyed without it.") : value;

    /// <summary>
    /// The id as one segment of a key (required, '%' and '/' escaped), so that ids holding '/' cannot spell another
    /// scope's key; ids without either character are unchanged.
    /// </summary>
    protected static string KeySegment(string? value, string what) => StorageKeySegment.Escape(Require(value, what));
}
