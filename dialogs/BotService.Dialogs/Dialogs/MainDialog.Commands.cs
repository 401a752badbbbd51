using BotService.DialogEngine;
using BotService.Dialogs.Replies;
using BotService.Dialogs.State;
using BotService.Dialogs.Text;
using BotService.Dialogs.Understanding;
using BotService.Triage;
using BotService.Triage.Findings;

namespace BotService.Dialogs.Dialogs;

/// <summary>The commands understood at any prompt: help, back, start over, cancel, delete my data, feedback.</summary>
public sealed partial class MainDialog
{
    protected override async Task<DialogTurnResult?> OnCommandAsync(DialogContext innerDc, Command command, TriageConversation triage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        ArgumentNullException.ThrowIfNull(triage);
        var turn = innerDc.Context;
        switch (command)
        {
            case Command.Help:
                await turn.SendActivityAsync(ContentReplies.Markdown(BotText.Help), cancellationToken).ConfigureAwait(false);
                if (innerDc.ActiveDialog is null)
                {
                    return await innerDc.BeginDialogAsync(StepsId, new MainOptions(MainStart.Menu), cancellationToken).ConfigureAwait(false);
                }

                await ReaskAsync(innerDc, triage, null, cancellationToken).ConfigureAwait(false);
                return EndOfTurn;

            case Command.Back:
                return await BackAsync(innerDc, triage, cancellationToken).ConfigureAwait(false);

            case Command.StartOver:
                triage.Reset();
                await turn.SendActivityAsync(ContentReplies.Markdown(BotText.StartingOver), cancellationToken).ConfigureAwait(false);
                await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                return await innerDc.BeginDialogAsync(StepsId, new MainOptions(MainStart.Triage), cancellationToken).ConfigureAwait(false);

            case Command.Cancel:
                triage.Reset();
                await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await turn.SendActivityAsync(ContentReplies.WithButtons(ContentReplies.Markdown(BotText.Cancelled), BotText.CheckMyTwitching, BotText.AskAQuestion), cancellationToken).ConfigureAwait(false);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);

            case Command.DeleteMyData:
                await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
                await DataEraser.EraseAsync(Services.Accessors, turn, cancellationToken).ConfigureAwait(false);
                await turn.SendActivityAsync(ContentReplies.Markdown(BotText.DataDeleted), cancellationToken).ConfigureAwait(false);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);

            case Command.Feedback when triage.Pending?.Kind != PendingKind.Feedback:
                return await innerDc.BeginDialogAsync(nameof(FeedbackDialog), null, cancellationToken).ConfigureAwait(false);

            default:
                return null;
        }
    }

    /// <summary>"back": forget the answer to the previous question and ask it again; later questions follow as before.</summary>
    private async Task<DialogTurnResult> BackAsync(DialogContext innerDc, TriageConversation triage, CancellationToken cancellationToken)
    {
        var pendingSlot = triage.Pending is { Kind: PendingKind.Slot } p ? p.Slot : null;
        var index = pendingSlot is { } current ? triage.Asked.LastIndexOf(current) : triage.Asked.Count;
        if (index <= 0 || triage.Pending is null or { Kind: PendingKind.Quiet or PendingKind.Feedback })
        {
            await innerDc.Context.SendActivityAsync(ContentReplies.Markdown(BotText.NoEarlierQuestion.TrimEnd()), cancellationToken).ConfigureAwait(false);
            await ReaskAsync(innerDc, triage, null, cancellationToken).ConfigureAwait(false);
            return EndOfTurn;
        }

        var previous = triage.Asked[index - 1];
        if (triage.KnownWhenAsked.Count == triage.Asked.Count)
        {
            // Forget what was said from that question on (a button picked by mistake), except a red flag: once said,
            // it stands. State saved before snapshots were kept has none; then only the question is asked again.
            triage.Findings = KeepRedFlags(triage.KnownWhenAsked[index - 1].Copy(), triage.Findings);
            triage.KnownWhenAsked.RemoveRange(index - 1, triage.KnownWhenAsked.Count - (index - 1));
        }

        triage.Asked.RemoveRange(index - 1, triage.Asked.Count - (index - 1));
        triage.Findings.Answered.Remove(previous);
        if (!Levels.AlreadyGiven(triage, TriageLevel.Urgent))
        {
            triage.GivenLevel = null;
        }

        triage.Pending = null;
        await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return await innerDc.BeginDialogAsync(StepsId, new MainOptions(MainStart.Triage) { AskAgain = previous }, cancellationToken).ConfigureAwait(false);
    }

    private Findings KeepRedFlags(Findings earlier, Findings now)
    {
        foreach (var name in now.Complaints.Concat(now.Symptoms).Concat(now.Triggers).Concat(now.Medicines).Concat(now.Context).ToList())
        {
            if (!earlier.Has(name) && Services.Triage.LevelWith(earlier, name) >= TriageLevel.Urgent)
            {
                earlier.Add(name, Services.Lexicon.KindOf(name));
            }
        }

        return earlier;
    }
}
