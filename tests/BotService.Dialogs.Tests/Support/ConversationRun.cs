using BotService.Dialogs.State;
using BotService.Protocol.Schema;
using BotService.Triage;
using BotService.Triage.Findings;

namespace BotService.Dialogs.Tests.Support;

/// <summary>
/// Plays a case through the whole conversation: the case's messages in order, then "not sure" or "none" to any
/// question still asked, and reads the <c>triageOutcome</c> entity. Also notes whether the red flag was answered
/// in the reply to the message that raised it.
/// </summary>
public sealed record ConversationRun(TriageCase Case, TriageLevel? Level, bool EscalatedInSameReply, string Transcript)
{
    private const int MaxExtraTurns = 8;

    public static async Task<ConversationRun> PlayAsync(TriageCase triageCase)
    {
        using var bot = new BotHarness();
        var engine = bot.Services.Triage;
        var reference = new Findings();
        TriageOutcome? last = null;
        var sameReply = true;
        var messages = new Queue<string>(triageCase.Turns);
        for (var turn = 0; turn < triageCase.Turns.Count + MaxExtraTurns; turn++)
        {
            var pending = await bot.PendingAsync();
            string message;
            if (messages.Count > 0)
            {
                message = messages.Dequeue();
            }
            else if (pending is { Kind: PendingKind.Slot, Slot: { } slot })
            {
                message = slot is TriageSlot.Location or TriageSlot.Duration ? "not sure" : "none";
            }
            else if (pending is { Kind: PendingKind.SafetyCheck })
            {
                message = "none";
            }
            else
            {
                break;
            }

            var before = engine.Evaluate(reference).Level;
            var after = engine.Update(reference, message, BotHarness.Reference).Level;
            var replies = await bot.SayAsync(message);
            var outcome = BotHarness.OutcomeIn(replies);
            last = outcome ?? last;
            if (after >= TriageLevel.Urgent && after > before)
            {
                // The red flag was said in this message: the reply to it must carry the escalation.
                sameReply &= outcome is not null && TriageLevels.Parse(outcome.Disposition) >= after;
            }
        }

        var level = last is null ? (TriageLevel?)null : TriageLevels.Parse(last.Disposition);
        return new ConversationRun(triageCase, level, sameReply, bot.ToString());
    }
}
