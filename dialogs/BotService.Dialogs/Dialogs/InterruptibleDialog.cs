using BotService.DialogEngine;
using BotService.Dialogs.Replies;
using BotService.Dialogs.State;
using BotService.Dialogs.Understanding;
using BotService.Protocol.Schema;
using BotService.Triage;
using BotService.Triage.Findings;

namespace BotService.Dialogs.Dialogs;

/// <summary>
/// Screens every message before the active dialog sees it (the SDK's CancelAndHelpDialog pattern, widened):
/// (a) reads findings and merges them into the conversation; (b) red flags first: an emergency or urgent level
/// is announced in this same reply and the questions stop; (c) commands; (d) "why do you ask?", answered for the
/// pending question; (e) questions, answered from the content base before the pending question is asked again. Only what is left reaches the active prompt.
/// </summary>
public abstract class InterruptibleDialog : ComponentDialog
{
    protected InterruptibleDialog(string dialogId, ConversationServices services)
        : base(dialogId) => Services = services ?? throw new ArgumentNullException(nameof(services));

    /// <summary>Process-wide singletons only; nothing per conversation is kept on the dialog.</summary>
    protected ConversationServices Services { get; }

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return await ScreenAsync(innerDc, cancellationToken).ConfigureAwait(false)
            ?? await base.OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return await ScreenAsync(innerDc, cancellationToken).ConfigureAwait(false)
            ?? await base.OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Handles a red flag: the escalation has been sent; restart the conversation after it.</summary>
    protected abstract Task<DialogTurnResult> AfterEscalationAsync(DialogContext innerDc, TriageConversation triage, CancellationToken cancellationToken);

    /// <summary>Handles a command; null when the message is not one.</summary>
    protected abstract Task<DialogTurnResult?> OnCommandAsync(DialogContext innerDc, Command command, TriageConversation triage, CancellationToken cancellationToken);

    /// <summary>Asks the pending question again, optionally after a prefix ("Back to your calf: ").</summary>
    protected abstract Task ReaskAsync(DialogContext innerDc, TriageConversation triage, string? prefix, CancellationToken cancellationToken);

    /// <summary>After a question was answered with nothing pending: offer what comes next.</summary>
    protected abstract Task<DialogTurnResult> AfterAnswerAsync(DialogContext innerDc, CancellationToken cancellationToken);

    private async Task<DialogTurnResult?> ScreenAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        if (!turn.Activity.IsType(ActivityTypes.Message) || string.IsNullOrWhiteSpace(turn.Activity.Text) || !TurnData.FirstScreen(turn))
        {
            return null;
        }

        var text = turn.Activity.Text;
        var triage = await TurnData.TriageAsync(Services.Accessors, turn, cancellationToken).ConfigureAwait(false);

        // (a) Findings, every message, whatever else it is.
        TurnData.SetTriage(turn, triage);
        var now = Services.Time.GetUtcNow();
        var reading = TurnReader.Read(TurnData.MessageFindings(turn, Services.Triage, text, now, triage.Findings), text, triage.Pending, triage.Findings.Complaints.Count > 0, now);
        TurnData.SetReading(turn, reading);
        if (IsNewProblem(triage, reading))
        {
            triage.Reset();
        }

        // "None of these" at the safety check rules out only its signs (SafetyCheck.Answered), not every other symptom.
        triage.Findings.Apply(triage.Pending is { Kind: PendingKind.SafetyCheck } ? reading.Findings with { NoneOfThese = false } : reading.Findings);
        if (reading.Findings.NoneOfThese && triage.Pending is null or { Kind: PendingKind.Menu })
        {
            // "no other symptoms" said unprompted covers the background question too.
            triage.Findings.MarkAnswered(TriageSlot.Context);
        }

        // (b) Red flags before anything else: said now, in this reply.
        var decision = TurnData.Decide(turn, Services.Triage, triage.Findings);
        if (decision.IsRedFlag && !Levels.AlreadyGiven(triage, decision.Level))
        {
            await EscalationReply.SendAsync(turn, triage, decision, Services, cancellationToken).ConfigureAwait(false);
            triage.Pending = null;
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            return await AfterEscalationAsync(innerDc, triage, cancellationToken).ConfigureAwait(false);
        }

        // (c) Commands at any prompt.
        var command = Utterances.CommandIn(text);
        if (command != Command.None)
        {
            DialogsLog.Command(Services.Logger, command.ToString());
        }

        if (command != Command.None
            && await OnCommandAsync(innerDc, command, triage, cancellationToken).ConfigureAwait(false) is { } handled)
        {
            return handled;
        }

        // (d) "Why do you ask?" or "what do you mean?" about the pending question: say why, then ask it again.
        if (Utterances.AsksWhyOrWhatItMeans(text) && Text.WhyAskedText.For(triage.Pending) is { } why)
        {
            await turn.SendActivityAsync(BotService.Protocol.MessageFactory.Text(why), cancellationToken).ConfigureAwait(false);
            await ReaskAsync(innerDc, triage, null, cancellationToken).ConfigureAwait(false);
            return Dialog.EndOfTurn;
        }

        // (e) A question that is not an answer to the pending question.
        if (IsSideQuestion(text, reading, triage))
        {
            var answer = ContentReplies.Find(Services.Answerer, text);
            if (answer is null && triage.Pending is null or { Kind: PendingKind.Menu }
                && reading.Findings.Present.Any(p => p.Kind == FindingKind.Complaint))
            {
                // "how would I know if my night jerks were a seizure?": nothing in the content base answers it, but it
                // names the person's own complaint, so the questions start instead of "I can't help with that".
                return null;
            }

            await turn.SendActivityAsync(ContentReplies.Reply(answer, Services.Logger), cancellationToken).ConfigureAwait(false);
            if (innerDc.ActiveDialog is null)
            {
                return await AfterAnswerAsync(innerDc, cancellationToken).ConfigureAwait(false);
            }

            var prefix = triage.Pending?.Kind == PendingKind.Slot
                ? string.Format(System.Globalization.CultureInfo.InvariantCulture, Text.BotText.BackTo, Text.QuestionText.BackSubject(triage.Findings))
                : null;
            await ReaskAsync(innerDc, triage, prefix, cancellationToken).ConfigureAwait(false);
            return Dialog.EndOfTurn;
        }

        return null;
    }

    private static bool IsSideQuestion(string text, TurnReading reading, TriageConversation triage)
    {
        if (!Utterances.IsQuestion(text))
        {
            return false;
        }

        return triage.Pending switch
        {
            { Kind: PendingKind.FreeQuestion or PendingKind.Feedback } => false,
            { Kind: PendingKind.Slot or PendingKind.SafetyCheck } pending => !reading.Answers(pending),
            _ => !reading.DescribesProblem,
        };
    }

    /// <summary>After an answer, a different place (not "also my calf") is a new problem: start from what it says.</summary>
    /// A red flag already given stays until "start over", so nothing said later can lower it.
    private static bool IsNewProblem(TriageConversation triage, TurnReading reading) =>
        triage.Pending is { Kind: PendingKind.Menu }
        && !Levels.AlreadyGiven(triage, TriageLevel.Urgent)
        && reading.Findings.Present.Any(p => p.Kind == FindingKind.Complaint)
        && reading.Findings.Location is { } place && triage.Findings.Location is { } before
        && !BodyLocations.SameRegion(place, before) && !reading.Findings.LocationIsAddition;

}
