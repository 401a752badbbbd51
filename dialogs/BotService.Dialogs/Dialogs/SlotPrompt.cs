using BotService.DialogEngine;
using BotService.DialogEngine.Prompts;
using BotService.Dialogs.Replies;
using BotService.Dialogs.Text;
using BotService.Dialogs.Understanding;
using BotService.Protocol;
using BotService.Protocol.Schema;

namespace BotService.Dialogs.Dialogs;

/// <summary>
/// A text prompt for the guided questions. The first time it sends the question as given (which may open with
/// "Thanks, that helps. I understood: ..."). Asked again after an interruption (feedback, a resumed dialog) it sends
/// the plain question, so the confirmation is said once; on a retry, the plain question after "Sorry, I didn't quite
/// catch that.", or after "Thanks, I've noted that." when the message told something new instead of answering. Both
/// are made from the question's buttons and <see cref="PromptOptions.Validations"/>, which holds the plain question's
/// text: the dialog state keeps one activity per question instead of three.
/// </summary>
public sealed class SlotPrompt(string dialogId, PromptValidator<string> validator) : TextPrompt(dialogId, validator)
{
    private const string AskedKey = "asked";

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        var askedBefore = state.GetValue<bool>(AskedKey);
        state[AskedKey] = true;
        if ((isRetry || askedBefore) && options.Prompt is { } question && StateValues.TryConvert<string>(options.Validations, out var plainText))
        {
            var again = question.Clone();
            again.Text = isRetry ? QuestionPlan.Prefixed(RetryOpening(turnContext), plainText) : plainText;
            again.InputHint = InputHints.ExpectingInput;
            await turnContext.SendActivityAsync(again, cancellationToken).ConfigureAwait(false);
            return;
        }

        await base.OnPromptAsync(turnContext, state, options, isRetry, cancellationToken).ConfigureAwait(false);
    }

    // "my thigh twitches too, and I feel weak" at "how long?" is taken in (the triage reads every message), so
    // saying it was not caught would be wrong, and would tell the person their weakness went unheard.
    private static string RetryOpening(ITurnContext turnContext) =>
        TurnData.Reading(turnContext) is { DescribesProblem: true } ? BotText.NotedThat : BotText.DidNotCatch;
}
