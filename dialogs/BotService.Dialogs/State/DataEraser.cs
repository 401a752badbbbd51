using BotService.Protocol;

namespace BotService.Dialogs.State;

/// <summary>"delete my data": removes the stored user, conversation and private conversation state.</summary>
public static class DataEraser
{
    public static async Task EraseAsync(BotAccessors accessors, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accessors);
        foreach (var state in accessors.All)
        {
            // DeleteAsync also drops the turn's cache, so the save after this turn writes nothing back.
            await state.DeleteAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }
}
