using System.Globalization;
using BotService.DialogEngine;
using BotService.DialogEngine.Waterfall;
using BotService.DialogEngine.Prompts;
using BotService.Dialogs.Replies;
using BotService.Dialogs.State;
using BotService.Dialogs.Text;
using BotService.Dialogs.Understanding;
using BotService.Protocol.Schema;
using BotService.Triage;

namespace BotService.Dialogs.Dialogs;

/// <summary>
/// The conversation's root: starts the guided questions or answers a question, then offers "Anything else?".
/// Commands, red flags and side questions are handled for every message by <see cref="InterruptibleDialog"/>.
/// </summary>
public sealed partial class MainDialog : InterruptibleDialog
{
    public const string MenuPromptId = "menu";
    private const string StepsId = nameof(MainDialog) + ".steps";
    private const string StartTriageResult = "start-triage";

    public MainDialog(ConversationServices services)
        : base(nameof(MainDialog), services)
    {
        AddDialog(new WaterfallDialog(StepsId, [StartStepAsync, OfferMoreStepAsync, FollowUpStepAsync]));
        AddDialog(new TriageDialog(services));
        AddDialog(new QuestionDialog(services));
        AddDialog(new FeedbackDialog(services));
        AddDialog(new TextPrompt(MenuPromptId));
        InitialDialogId = StepsId;
    }

    private async Task<DialogTurnResult> StartStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var start = step.GetOptions<MainOptions>()?.Start ?? MainStart.FromMessage;
        var text = step.Context.Activity.Text ?? string.Empty;
        if (start == MainStart.FromMessage)
        {
            var reading = TurnData.Reading(step.Context);
            start = Utterances.Is(text, BotText.AskAQuestion) ? MainStart.AskQuestion
                : Utterances.Is(text, BotText.CheckMyTwitching) || reading?.HasFindings == true ? MainStart.Triage
                : MainStart.Confused;
        }

        step.Values["start"] = start.ToString();
        return start switch
        {
            MainStart.Triage => await step.BeginDialogAsync(nameof(TriageDialog), new TriageDialogOptions(AskAgainSlot(step)), cancellationToken).ConfigureAwait(false),
            MainStart.AskQuestion => await step.BeginDialogAsync(nameof(QuestionDialog), null, cancellationToken).ConfigureAwait(false),
            _ => await step.NextAsync(null, cancellationToken).ConfigureAwait(false),
        };
    }

    private async Task<DialogTurnResult> OfferMoreStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is string result && result == StartTriageResult)
        {
            return await step.ReplaceDialogAsync(StepsId, new MainOptions(MainStart.Triage), cancellationToken).ConfigureAwait(false);
        }

        var triage = await TurnData.TriageAsync(Services.Accessors, step.Context, cancellationToken).ConfigureAwait(false);
        var start = Enum.Parse<MainStart>(step.Values["start"]?.ToString() ?? nameof(MainStart.Menu));
        var quiet = start == MainStart.Quiet || (start != MainStart.Confused && Levels.AlreadyGiven(triage, TriageLevel.Emergency));
        triage.Pending = new PendingQuestion { Kind = quiet ? PendingKind.Quiet : PendingKind.Menu };
        var menu = quiet ? null : Menu(triage, start switch
        {
            MainStart.Confused => BotText.NotUnderstoodMenu,
            MainStart.Closed => BotText.Goodbye,
            _ => BotText.AnythingElse,
        });
        return await step.PromptAsync(MenuPromptId, new PromptOptions { Prompt = menu }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> FollowUpStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var text = step.Result as string ?? string.Empty;
        var triage = await TurnData.TriageAsync(Services.Accessors, step.Context, cancellationToken).ConfigureAwait(false);
        var quiet = triage.Pending?.Kind == PendingKind.Quiet;
        triage.Pending = null;
        if (Utterances.Is(text, BotText.AskAQuestion))
        {
            return await step.ReplaceDialogAsync(StepsId, new MainOptions(MainStart.AskQuestion), cancellationToken).ConfigureAwait(false);
        }

        if (Utterances.Is(text, BotText.CheckMyTwitching) || Utterances.Is(text, BotText.StartOver))
        {
            triage.Reset();
            return await step.ReplaceDialogAsync(StepsId, new MainOptions(MainStart.Triage), cancellationToken).ConfigureAwait(false);
        }

        if (quiet)
        {
            // After emergency advice nothing said can raise it further, and looking again would only end in silence
            // ("will my eyelid twitch stop?" got no reply): every message gets the reminder to call.
            await step.Context.SendActivityAsync(CallReminder(step.Context), cancellationToken).ConfigureAwait(false);
            return await step.ReplaceDialogAsync(StepsId, new MainOptions(MainStart.Quiet), cancellationToken).ConfigureAwait(false);
        }

        if (TurnData.Reading(step.Context)?.HasFindings == true)
        {
            // New information after an answer: look again with everything known so far.
            return await step.ReplaceDialogAsync(StepsId, new MainOptions(MainStart.Triage), cancellationToken).ConfigureAwait(false);
        }

        if (Utterances.IsNone(text))
        {
            return await step.ReplaceDialogAsync(StepsId, new MainOptions(MainStart.Closed), cancellationToken).ConfigureAwait(false);
        }

        return await step.ReplaceDialogAsync(StepsId, new MainOptions(MainStart.Confused), cancellationToken).ConfigureAwait(false);
    }

    protected override async Task<DialogTurnResult> AfterEscalationAsync(DialogContext innerDc, TriageConversation triage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var start = Levels.AlreadyGiven(triage, TriageLevel.Emergency) ? MainStart.Quiet : MainStart.Menu;
        return await innerDc.BeginDialogAsync(StepsId, new MainOptions(start), cancellationToken).ConfigureAwait(false);
    }

    protected override Task<DialogTurnResult> AfterAnswerAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.BeginDialogAsync(StepsId, new MainOptions(MainStart.Menu), cancellationToken);
    }

    protected override async Task ReaskAsync(DialogContext innerDc, TriageConversation triage, string? prefix, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        ArgumentNullException.ThrowIfNull(triage);
        switch (triage.Pending)
        {
            case { Kind: PendingKind.Slot, Slot: { } slot }:
                var decision = TurnData.Decide(innerDc.Context, Services.Triage, triage.Findings);
                var (question, pending) = Questions.Build(slot, decision, triage.Findings, Services, prefix);
                triage.Pending = pending;
                await innerDc.Context.SendActivityAsync(Waiting(question), cancellationToken).ConfigureAwait(false);
                break;
            case { Kind: PendingKind.Menu }:
                await innerDc.Context.SendActivityAsync(Waiting(Menu(triage, BotText.AnythingElse)), cancellationToken).ConfigureAwait(false);
                break;
            case { Kind: PendingKind.Quiet }:
                // A question answered after emergency advice still ends with the reminder to call.
                await innerDc.Context.SendActivityAsync(CallReminder(innerDc.Context), cancellationToken).ConfigureAwait(false);
                break;
            default:
                await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private Activity CallReminder(BotService.Protocol.ITurnContext turn)
    {
        var region = Services.Regions.Resolve(turn.Activity.Locale);
        var reminder = ContentReplies.Markdown(string.Format(CultureInfo.InvariantCulture, BotText.CallReminder, region.EmergencyNumber, EmergencyHeadline.Continuation(region.Options)));
        reminder.Importance = ActivityImportance.High;
        return reminder;
    }

    /// <summary>
    /// Asked again here, outside its prompt, a question still waits for the answer its prompt will take, so it says so
    /// as the prompt's own asking does (a speech channel opens the microphone on it).
    /// </summary>
    private static Activity Waiting(Activity question)
    {
        question.InputHint = InputHints.ExpectingInput;
        return question;
    }

    internal static Activity Menu(TriageConversation triage, string text) =>
        ContentReplies.WithButtons(ContentReplies.Markdown(text),
            triage.GivenLevel is null ? [BotText.CheckMyTwitching, BotText.AskAQuestion] : [BotText.AskAQuestion, BotText.StartOver]);

    private static Triage.Findings.TriageSlot? AskAgainSlot(WaterfallStepContext step) => step.GetOptions<MainOptions>()?.AskAgain;

    internal static string StartTriage => StartTriageResult;
}
