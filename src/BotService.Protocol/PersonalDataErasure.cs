namespace BotService.Protocol;

/// <summary>
/// A bot's request, made during a turn, that this conversation's personal data be erased ("delete my data"). The bot
/// deletes its own state itself; the parts of the runtime and the channels that keep copies of what people wrote
/// (transcripts, the Direct Line activity log) read this marker when the turn ends and erase their copy. The bot
/// therefore never needs to know which stores exist, and the references keep pointing one way (Dialogs and
/// DirectLine both only know Protocol). In the Bot Framework SDK the same idea is
/// <c>ITranscriptStore.DeleteTranscriptAsync</c>, called by the bot; here the stores act on the turn's request.
/// </summary>
public static class PersonalDataErasure
{
    // Turn state lives exactly as long as the turn, so the request cannot leak into another turn or conversation.
    private const string Key = "BotService.Protocol.PersonalDataErasure";

    private static readonly object Marker = new();

    /// <summary>Asks every store that recorded this conversation to erase it once the turn is over.</summary>
    public static void Request(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(Key, Marker);
    }

    /// <summary>True when something in this turn called <see cref="Request"/>.</summary>
    public static bool IsRequested(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.ContainsKey(Key);
    }
}
