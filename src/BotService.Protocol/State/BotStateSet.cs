namespace BotService.Protocol.State;

/// <summary>
/// Several states loaded and saved together. Saves run one after another in the order given, so put
/// <see cref="ConversationState"/> first: if it conflicts, the others have not been written yet.
/// </summary>
public sealed class BotStateSet(params IEnumerable<BotState> states)
{
    public IReadOnlyList<BotState> States { get; } = states.ToList();

    public async Task LoadAllAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        foreach (var state in States)
        {
            await state.LoadAsync(turnContext, force, cancellationToken).ConfigureAwait(false);
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
