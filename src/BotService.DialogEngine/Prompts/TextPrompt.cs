using BotService.Protocol;
using BotService.Protocol.Schema;

namespace BotService.DialogEngine.Prompts;

/// <summary>Accepts any message text (the validator can be stricter).</summary>
public class TextPrompt(string? dialogId = null, PromptValidator<string>? validator = null)
    : Prompt<string>(dialogId ?? nameof(TextPrompt), validator)
{
    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return Task.FromResult(activity.IsType(ActivityTypes.Message) && activity.Text is { } text
            ? PromptRecognizerResult<string>.Success(text)
            : PromptRecognizerResult<string>.Failure());
    }
}
