using BotService.DialogEngine;
using BotService.DialogEngine.Waterfall;
using BotService.DialogEngine.Prompts;
using BotService.Dialogs.Replies;
using BotService.Dialogs.State;
using BotService.Dialogs.Text;
using BotService.Dialogs.Understanding;

namespace BotService.Dialogs.Dialogs;

/// <summary>"Ask a question": asks what the person wants to know and answers it from the content base.</summary>
public sealed class QuestionDialog : ComponentDialog
{
    private const string PromptId = "free-question";
    private readonly ConversationServices _services;

    public QuestionDialog(ConversationServices services)
        : base(nameof(QuestionDialog))
    {
        _services = services ?? throw new ArgumentNullException(nameof(services));
        AddDialog(new WaterfallDialog(nameof(QuestionDialog) + ".steps", [AskStepAsync, AnswerStepAsync]));
        AddDialog(new TextPrompt(PromptId));
    }

    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var triage = await TurnData.TriageAsync(_services.Accessors, step.Context, cancellationToken).ConfigureAwait(false);
        triage.Pending = new PendingQuestion { Kind = PendingKind.FreeQuestion };
        return await step.PromptAsync(PromptId, new PromptOptions { Prompt = ContentReplies.Markdown(BotText.WhatToKnow) }, cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var text = step.Result as string ?? string.Empty;
        var triage = await TurnData.TriageAsync(_services.Accessors, step.Context, cancellationToken).ConfigureAwait(false);
        triage.Pending = null;

        // Someone who answers "what would you like to know?" by describing their twitching gets the questions.
        if (!Utterances.IsQuestion(text) && TurnData.Reading(step.Context)?.HasFindings == true)
        {
            return await step.EndDialogAsync(MainDialog.StartTriage, cancellationToken).ConfigureAwait(false);
        }

        await step.Context.SendActivityAsync(ContentReplies.Answer(_services.Answerer, text, _services.Logger), cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
