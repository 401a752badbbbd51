using BotService.Protocol;
using BotService.Protocol.Schema;

namespace BotService.DialogEngine.Prompts;

/// <summary>Accepts any message text (the validator can be stricter). The text is the answer, so recognising it needs no options.</summary>
public class TextPrompt(string? dialogId = null, PromptValidator<string>? validator = null)
    : Prompt<string>(dialogId ?? nameof(TextPrompt), validator)
{
    private protected sealed override bool RecognizesWithoutOptions => true;

    protected sealed override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return Task.FromResult(activity.IsType(ActivityTypes.Message) && activity.Text is { } text
            ? PromptRecognizerResult<string>.Success(text)
            : PromptRecognizerResult<string>.Failure());
    }
}
