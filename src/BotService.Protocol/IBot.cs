namespace BotService.Protocol;

/// <summary>The bot's turn logic; the innermost step of the adapter's pipeline.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}

/// <summary>A bot callback as a delegate, for tests and for the end of the middleware chain.</summary>
public delegate Task BotCallbackHandler(ITurnContext turnContext, CancellationToken cancellationToken);
