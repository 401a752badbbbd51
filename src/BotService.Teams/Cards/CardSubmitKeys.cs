namespace BotService.Teams.Cards;

/// <summary>
/// Property names in the <c>data</c> of the Action.Submit buttons the bot's choice cards carry; they come back in
/// <c>activity.value</c> and tell <see cref="TeamsCardSubmitMiddleware"/> how to turn the press into text.
/// </summary>
public static class CardSubmitKeys
{
    /// <summary>The answer text of a pressed button.</summary>
    public const string Answer = "botserviceAnswer";

    /// <summary>The id of the Input.ChoiceSet whose selection is the answer.</summary>
    public const string AnswerFrom = "botserviceAnswerFrom";

    /// <summary>The choice values, indexed by the ChoiceSet's choice values ("0", "1", ...).</summary>
    public const string Options = "botserviceOptions";

    /// <summary>The id of the ChoiceSet input on the bot's cards.</summary>
    public const string ChoiceSetId = "botserviceChoices";
}
