using BotService.Protocol.Schema;

namespace BotService.Protocol;

/// <summary>Builds outgoing message activities (the SDK's MessageFactory).</summary>
public static class MessageFactory
{
    public static Activity Text(string text, string? speak = null, string? inputHint = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Speak = speak,
        InputHint = inputHint,
    };

    /// <summary>A message with <c>imBack</c> buttons whose titles are also the values sent back.</summary>
    public static Activity SuggestedActions(IEnumerable<string> actions, string? text = null, string? speak = null, string? inputHint = null) =>
        SuggestedActions(actions.Select(a => CardAction.ImBack(a)), text, speak, inputHint);

    public static Activity SuggestedActions(IEnumerable<CardAction> actions, string? text = null, string? speak = null, string? inputHint = null)
    {
        var activity = Text(text ?? string.Empty, speak, inputHint);
        activity.SuggestedActions = new SuggestedActions(actions);
        return activity;
    }

    public static Activity Attachment(Attachment attachment, string? text = null, string? speak = null, string? inputHint = null)
    {
        var activity = Text(text ?? string.Empty, speak, inputHint);
        activity.Attachments = [attachment];
        return activity;
    }
}
