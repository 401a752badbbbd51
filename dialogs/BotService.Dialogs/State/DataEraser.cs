using BotService.Protocol;

namespace BotService.Dialogs.State;

/// <summary>
/// "delete my data": removes the stored user, conversation and private conversation state, and asks the stores that
/// recorded the conversation (transcripts, the Direct Line activity log) to erase it when the turn ends.
/// </summary>
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

        // The channel's and the runtime's copies are not ours to delete from here (Dialogs does not know them).
        PersonalDataErasure.Request(turnContext);
    }
}
