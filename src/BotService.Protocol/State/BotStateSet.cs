namespace BotService.Protocol.State;

/// <summary>
/// Several states loaded and saved together. Saves run one after another in the order given, so put
/// <see cref="ConversationState"/> first: if it conflicts, the others have not been written yet.
/// </summary>
public sealed class BotStateSet(params IEnumerable<BotState> states)
{
    public IReadOnlyList<BotState> States { get; } = states.ToList();

    /// <summary>
    /// Loads every state not yet loaded in this turn with one read per storage (one round trip to PostgreSQL instead of
    /// three). A state whose key the turn cannot make (no user id, say) is left to load, and fail, when it is used.
    /// </summary>
    public async Task LoadAllAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        foreach (var group in States.Where(s => force || !s.IsLoaded(turnContext)).GroupBy(s => s.Storage))
        {
            var keyed = group.Select(s => (State: s, Key: s.TryGetStorageKey(turnContext))).Where(k => k.Key is not null).ToList();
            if (keyed.Count == 0)
            {
                continue;
            }

            var items = await group.Key.ReadAsync(keyed.Select(k => k.Key!).Distinct().ToArray(), cancellationToken).ConfigureAwait(false);
            foreach (var (state, key) in keyed)
            {
                state.SetLoaded(turnContext, items.TryGetValue(key!, out var stored) ? stored : null);
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
}
