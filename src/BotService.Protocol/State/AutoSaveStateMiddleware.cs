namespace BotService.Protocol.State;

/// <summary>
/// Saves every registered state once, after the bot has run: the one save point of a turn (style.md rule 10). Before
/// the bot runs it loads them all with one read per storage, since a message turn uses them all (the owner check,
/// the welcome flag, the dialog stack) and three separate reads cost three round trips.
/// </summary>
public sealed class AutoSaveStateMiddleware(BotStateSet states) : IMiddleware
{
    public AutoSaveStateMiddleware(params BotState[] states) : this(new BotStateSet(states)) { }

    public BotStateSet BotStateSet { get; } = states ?? throw new ArgumentNullException(nameof(states));

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(next);
        await BotStateSet.LoadAllAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
        await next(cancellationToken).ConfigureAwait(false);
        await BotStateSet.SaveAllChangesAsync(turnContext, false, cancellationToken).ConfigureAwait(false);
    }
}
