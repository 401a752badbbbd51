using BotService.Dialogs.State;
using BotService.Dialogs.Text;
using BotService.Protocol.Schema;
using BotService.Teams.Cards;

namespace BotService.Dialogs.Replies;

/// <summary>A guided question decided once: its text, the buttons it remembers, and whether several may be picked.</summary>
/// <param name="OffersSlotChoices">
/// The slot itself has something to offer (always for where and how long; for the finding slots, at least one finding
/// that would change the advice). Background buttons added to "what else" do not count.
/// </param>
public sealed record QuestionPlan(string Text, PendingQuestion Pending, bool MultiSelect, bool OffersSlotChoices)
{
    /// <summary>The question as an activity, after an optional lead-in ("Thanks, that helps. ...", "Sorry, ...").</summary>
    public Activity ToActivity(string? prefix = null)
    {
        var activity = ContentReplies.WithButtons(ContentReplies.Markdown(Prefixed(prefix, Text)),
            Pending.Choices.Select(c => c.Title));
        if (MultiSelect)
        {
            activity.MarkMultiSelect(BotText.Done);
        }

        return activity;
    }

    /// <summary>The question text after an optional lead-in; a lead-in ending in ": " takes the question in lower case.</summary>
    public static string Prefixed(string? prefix, string text) =>
        prefix is null ? text : prefix.EndsWith(": ", StringComparison.Ordinal) ? prefix + Lower(text) : prefix + text;

    private static string Lower(string text) =>
        text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
