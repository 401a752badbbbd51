using BotService.DialogEngine;
using BotService.DialogEngine.Waterfall;
using BotService.DialogEngine.Prompts;
using BotService.Dialogs.Replies;
using BotService.Dialogs.State;
using BotService.Dialogs.Text;
using BotService.Dialogs.Understanding;
using BotService.Protocol.Schema;
using BotService.Triage;
using BotService.Triage.Evaluation;
using BotService.Triage.Findings;

namespace BotService.Dialogs.Dialogs;

/// <summary>
/// The guided questions, in conversation order: where, how long, what else, triggers, context, then the answer.
/// Each step asks only if the triage evaluator says the answer could still change the advice and the person has
/// not told it already (slot filling: a step with nothing to ask moves on at once). Red flags never reach here
/// unannounced: <see cref="InterruptibleDialog"/> screens every message first.
/// </summary>
public sealed class TriageDialog : ComponentDialog
{
    public const string SlotPromptId = "slot-question";

    /// <summary>Answers not understood are asked again at most twice; the third reply moves on.</summary>
    public const int MaxAttempts = 3;

    private const string StepsId = nameof(TriageDialog) + ".steps";

    /// <summary>The index of the step a safety check was asked at (steps run in <see cref="TriageSlot"/> order, the answer last).</summary>
    private const string CheckedAtStepKey = "safety-check-at";

    private readonly ConversationServices _services;

    public TriageDialog(ConversationServices services)
        : base(nameof(TriageDialog))
    {
        _services = services ?? throw new ArgumentNullException(nameof(services));
        AddDialog(new WaterfallDialog(StepsId,
        [
            WhereStepAsync,
            HowLongStepAsync,
            WhatElseStepAsync,
            TriggersStepAsync,
            ContextStepAsync,
            AnswerStepAsync,
            AfterLastCheckStepAsync,
        ]));
        AddDialog(new SlotPrompt(SlotPromptId, SlotAnswerValidatorAsync));
    }

    private async Task<DialogTurnResult> WhereStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await SafetyCheckFirstAsync(step, cancellationToken).ConfigureAwait(false)
        ?? await AskIfOpenAsync(step, TriageSlot.Location, cancellationToken).ConfigureAwait(false);

    private async Task<DialogTurnResult> HowLongStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await SafetyCheckFirstAsync(step, cancellationToken).ConfigureAwait(false)
        ?? await AskIfOpenAsync(step, TriageSlot.Duration, cancellationToken).ConfigureAwait(false);

    private async Task<DialogTurnResult> WhatElseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await SafetyCheckFirstAsync(step, cancellationToken).ConfigureAwait(false)
        ?? await AskIfOpenAsync(step, TriageSlot.Symptoms, cancellationToken).ConfigureAwait(false);

    private async Task<DialogTurnResult> TriggersStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await SafetyCheckFirstAsync(step, cancellationToken).ConfigureAwait(false)
        ?? await AskIfOpenAsync(step, TriageSlot.Triggers, cancellationToken).ConfigureAwait(false);

    private async Task<DialogTurnResult> ContextStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await SafetyCheckFirstAsync(step, cancellationToken).ConfigureAwait(false)
        ?? await AskIfOpenAsync(step, TriageSlot.Context, cancellationToken).ConfigureAwait(false);

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await SafetyCheckFirstAsync(step, cancellationToken).ConfigureAwait(false)
        ?? await AnswerAsync(step, cancellationToken).ConfigureAwait(false);

    /// <summary>Reached only when the answer step asked the safety check instead of answering: start the steps again.</summary>
    private async Task<DialogTurnResult> AfterLastCheckStepAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await SafetyCheckFirstAsync(step, cancellationToken).ConfigureAwait(false)
        ?? await AnswerAsync(step, cancellationToken).ConfigureAwait(false);

    private async Task<DialogTurnResult> AnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var triage = await TurnData.TriageAsync(_services.Accessors, step.Context, cancellationToken).ConfigureAwait(false);
        triage.Pending = null;
        var decision = TurnData.Decide(step.Context, _services.Triage, triage.Findings);
        if (decision.IsRedFlag)
        {
            // Normally announced by the screen the moment it was said; this covers a level reached by the answers' sum.
            if (!Levels.AlreadyGiven(triage, decision.Level))
            {
                await EscalationReply.SendAsync(step.Context, triage, decision, _services, cancellationToken).ConfigureAwait(false);
            }

            return await step.EndDialogAsync(decision.Disposition, cancellationToken).ConfigureAwait(false);
        }

        var region = _services.Regions.Resolve(step.Context.Activity.Locale);
        if (StandingAdvice.For(triage, decision, region, _services.Triage) is { } standing)
        {
            await step.Context.SendActivityAsync(standing, cancellationToken).ConfigureAwait(false);
            DialogsLog.TriageOutcome(_services.Logger, triage.GivenLevel!, StandingAdvice.RuleId, step.Context.Activity.ChannelId);
            return await step.EndDialogAsync(triage.GivenLevel, cancellationToken).ConfigureAwait(false);
        }

        var understood = triage.Confirmed ? null : Understood.Line(triage.Findings, _services.Lexicon);
        triage.Confirmed = true;
        var answer = FinalAnswer.Build(decision, triage.Findings, region, _services.Content, understood, UnsureSigns.Line(triage, _services, region));
        await step.Context.SendActivityAsync(answer, cancellationToken).ConfigureAwait(false);
        DialogsLog.TriageOutcome(_services.Logger, decision.Disposition, string.Join(",", decision.RuleIds), step.Context.Activity.ChannelId);
        triage.GivenLevel = decision.Disposition;
        return await step.EndDialogAsync(decision.Disposition, cancellationToken).ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AskIfOpenAsync(WaterfallStepContext step, TriageSlot slot, CancellationToken cancellationToken)
    {
        var triage = await TurnData.TriageAsync(_services.Accessors, step.Context, cancellationToken).ConfigureAwait(false);
        var decision = TurnData.Decide(step.Context, _services.Triage, triage.Findings);
        var askAgain = step.GetOptions<TriageDialogOptions>()?.AskAgain == slot;
        var plan = decision.IsRedFlag || !(askAgain || MayAsk(slot, decision, triage.Findings))
            ? null
            : Questions.Plan(slot, decision, triage.Findings, _services);
        if (plan is null || !(askAgain || IsFirstQuestion(slot, triage.Findings) || plan.OffersSlotChoices))
        {
            return await step.NextAsync(null, cancellationToken).ConfigureAwait(false);
        }

        var prefix = LeadIn(triage);
        triage.Pending = plan.Pending;
        triage.MarkAsked(slot);

        // The retry and the plain re-ask are made by the SlotPrompt from this question and the plain text.
        return await step.PromptAsync(SlotPromptId, new PromptOptions { Prompt = plan.ToActivity(prefix), Validations = plan.Text }, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Asks the safety check (<see cref="SafetyCheck"/>) before this step's own question when the person named a body
    /// system in words the reader did not know; null when there is nothing to check. Once the check is answered, the
    /// steps start again from the top: slot filling skips what is answered, so the question the check came before is
    /// the next one asked, and "back"'s question is asked again only if the check came before it.
    /// </summary>
    private async Task<DialogTurnResult?> SafetyCheckFirstAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Values.TryGetValue(CheckedAtStepKey, out var stored) && StateValues.TryConvert<int>(stored, out var checkedAt))
        {
            var askAgain = step.GetOptions<TriageDialogOptions>()?.AskAgain;
            var stillToAsk = askAgain is { } again && (int)again >= checkedAt ? askAgain : null;
            return await step.ReplaceDialogAsync(StepsId, new TriageDialogOptions(stillToAsk), cancellationToken).ConfigureAwait(false);
        }

        var triage = await TurnData.TriageAsync(_services.Accessors, step.Context, cancellationToken).ConfigureAwait(false);
        if (triage.Findings.AskFirst.Count == 0
            || SafetyCheck.Plan(triage, TurnData.Decide(step.Context, _services.Triage, triage.Findings), _services) is not { } check)
        {
            return null;
        }

        step.Values[CheckedAtStepKey] = step.Index;
        var prefix = LeadIn(triage);
        triage.Pending = check.Pending;
        return await step.PromptAsync(SlotPromptId, new PromptOptions { Prompt = check.ToActivity(prefix), Validations = check.Text }, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>"Thanks, that helps. I understood: ..." before the first question of a triage, once.</summary>
    private string? LeadIn(TriageConversation triage)
    {
        var understood = triage.Confirmed ? null : Understood.Line(triage.Findings, _services.Lexicon);
        triage.Confirmed |= understood is not null;
        return understood is null ? null : $"{BotText.ThanksThatHelps} {understood} ";
    }

    /// <summary>Not yet answered, and either the first question or one whose answer could still change the advice.</summary>
    private static bool MayAsk(TriageSlot slot, TriageDecision decision, Findings findings) =>
        !findings.IsAnswered(slot) && (IsFirstQuestion(slot, findings) || decision.StillUnknown.Any(q => q.Slot == slot));

    // Nothing said yet about what or where: the first question is always "where".
    private static bool IsFirstQuestion(TriageSlot slot, Findings findings) =>
        slot == TriageSlot.Location && findings.Location is null && findings.Complaints.Count == 0 && findings.Symptoms.Count == 0;

    /// <summary>
    /// Accepts an answer that says something about the question (or "not sure", "none"); otherwise the prompt asks
    /// again with its RetryPrompt, at most twice, and then moves on so nobody is stuck.
    /// </summary>
    private static Task<bool> SlotAnswerValidatorAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        if (!prompt.Recognized.Succeeded)
        {
            return Task.FromResult(false);
        }

        // No reading means no words (a picture, a press on a card that is not ours): that answers nothing, however
        // often it comes, and taking it as "none of these" at the red-flag question would skip the question that
        // looks for an emergency. The question is asked again.
        if (TurnData.Reading(prompt.Context) is not { } reading)
        {
            return Task.FromResult(false);
        }

        var triage = TurnData.Triage(prompt.Context);
        if (triage?.Pending is { Kind: PendingKind.SafetyCheck } check)
        {
            if (!reading.Answers(check) && prompt.AttemptCount < MaxAttempts)
            {
                return Task.FromResult(false);
            }

            SafetyCheck.Answered(triage, check, reading.None);
            triage.Pending = null;
            return Task.FromResult(true);
        }

        if (triage?.Pending is not { Kind: PendingKind.Slot, Slot: { } slot } pending)
        {
            return Task.FromResult(true);
        }

        if (reading.Answers(pending) || prompt.AttemptCount >= MaxAttempts)
        {
            triage.Findings.MarkAnswered(slot);
            pending.AlsoCovers.ForEach(triage.Findings.MarkAnswered);
            triage.Pending = null;
            return Task.FromResult(true);
        }

        return Task.FromResult(false);
    }
}
