using BotService.Storage;

namespace BotService.Protocol.State;

/// <summary>
/// Several states loaded and saved together: one read and one atomic write per storage in a turn.
/// </summary>
public sealed class BotStateSet
{
    // The states grouped by their storage, once: the set never changes, and every turn loads through the groups.
    private readonly BotState[][] _byStorage;

    public BotStateSet(params IEnumerable<BotState> states)
    {
        // A state given twice is one state: it is loaded and saved once.
        States = states.Distinct().ToList();
        _byStorage = [.. States.GroupBy(s => s.Storage).Select(g => g.ToArray())];
    }

    public IReadOnlyList<BotState> States { get; }

    /// <summary>
    /// Loads every state not yet loaded in this turn with one read per storage (one round trip to PostgreSQL instead of
    /// three). A state whose key the turn cannot make (no user id, say) is left to load, and fail, when it is used.
    /// </summary>
    public async Task LoadAllAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var group in _byStorage)
        {
            var keyed = new List<(BotState State, string Key)>(group.Length);
            foreach (var state in group)
            {
                if ((force || !state.IsLoaded(turnContext)) && state.TryGetStorageKey(turnContext) is { } key)
                {
                    keyed.Add((state, key));
                }
            }

            if (keyed.Count == 0)
            {
                continue;
            }

            var items = await group[0].Storage.ReadAsync(DistinctKeys(keyed), cancellationToken).ConfigureAwait(false);
            foreach (var (state, key) in keyed)
            {
                state.SetLoaded(turnContext, items.TryGetValue(key, out var stored) ? stored : null);
            }
        }
    }

    /// <summary>
    /// Saves every changed state with one write per storage: one transaction instead of one per state, and all or
    /// nothing within a storage, so a conflict on any of its states leaves all of them as stored. Storages are written
    /// in the order their first state was given; a set spanning two storages is not atomic across them (the first may
    /// be written when the second conflicts). Throws <see cref="StorageConflictException"/> when another turn saved first.
    /// </summary>
    public async Task SaveAllChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var group in _byStorage)
        {
            List<PendingSave>? saves = null;
            foreach (var state in group)
            {
                if (state.TakeChanges(turnContext, force) is { } save)
                {
                    (saves ??= new List<PendingSave>(group.Length)).Add(save);
                }
            }

            if (saves is null)
            {
                continue;
            }

            await group[0].Storage.WriteAsync(Batch(saves), cancellationToken).ConfigureAwait(false);
            saves.ForEach(save => save.Complete());
        }
    }

    /// <summary>Drops every state's turn cache without saving.</summary>
    public void ForgetAll(ITurnContext turnContext)
    {
        foreach (var state in States)
        {
            state.Forget(turnContext);
        }
    }

    /// <summary>The storage batch of <paramref name="saves"/>, keyed by their storage keys.</summary>
    private static Dictionary<string, object> Batch(List<PendingSave> saves)
    {
        var changes = new Dictionary<string, object>(saves.Count, StringComparer.Ordinal);
        foreach (var save in saves)
        {
            // Two states under one key would overwrite each other in the batch (saved one after the other, the
            // second would lose on the ETag the first changed): a set's states must be keyed apart.
            if (!changes.TryAdd(save.Key, save.Document))
            {
                throw new InvalidOperationException($"Two states of the set are stored under the key '{save.Key}'.");
            }
        }

        return changes;
    }

    private static string[] DistinctKeys(List<(BotState State, string Key)> keyed)
    {
        var keys = new List<string>(keyed.Count);
        foreach (var (_, key) in keyed)
        {
            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        return [.. keys];
    }
}
