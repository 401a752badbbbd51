namespace BotService.Protocol.State;

/// <summary>
/// Several states loaded and saved together. Saves run one after another in the order given, so put
/// <see cref="ConversationState"/> first: if it conflicts, the others have not been written yet.
/// </summary>
public sealed class BotStateSet
{
    // The states grouped by their storage, once: the set never changes, and every turn loads through the groups.
    private readonly BotState[][] _byStorage;

    public BotStateSet(params IEnumerable<BotState> states)
    {
        States = states.ToList();
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

    public async Task SaveAllChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        foreach (var state in States)
        {
            await state.SaveChangesAsync(turnContext, force, cancellationToken).ConfigureAwait(false);
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
