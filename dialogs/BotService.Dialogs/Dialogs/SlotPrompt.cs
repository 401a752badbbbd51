using BotService.DialogEngine;
using BotService.DialogEngine.Prompts;
using BotService.Protocol;
using BotService.Protocol.Schema;

namespace BotService.Dialogs.Dialogs;

/// <summary>
/// A text prompt for the guided questions. The first time it sends the question as given (which may open with
/// "Thanks, that helps. I understood: ..."); when it is asked again after an interruption (feedback, a resumed
/// dialog) it sends the plain question from <see cref="PromptOptions.Validations"/>, so the confirmation is said once.
/// </summary>
public sealed class SlotPrompt(string dialogId, PromptValidator<string> validator) : TextPrompt(dialogId, validator)
{
    private const string AskedKey = "asked";

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        if (!isRetry && state.GetValue<bool>(AskedKey) && StateValues.TryConvert<Activity>(options.Validations, out var plain))
        {
            await turnContext.SendActivityAsync(plain, cancellationToken).ConfigureAwait(false);
            return;
        }

        state[AskedKey] = true;
        await base.OnPromptAsync(turnContext, state, options, isRetry, cancellationToken).ConfigureAwait(false);
    }
}
