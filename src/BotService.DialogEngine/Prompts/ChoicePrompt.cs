using BotService.DialogEngine.Choices;
using BotService.Protocol;
using BotService.Recognizers;

namespace BotService.DialogEngine.Prompts;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>, matched by value, synonym or button title
/// (typo-tolerant), then by ordinal ("the second one") or number ("2"). The result is the recognizer's
/// <see cref="FoundChoice"/> (value, index, score, synonym).
/// </summary>
public class ChoicePrompt(string? dialogId = null, PromptValidator<FoundChoice>? validator = null)
    : ChoicePromptBase<FoundChoice>(dialogId ?? nameof(ChoicePrompt), validator)
{
    protected override IReadOnlyList<Choice> ChoicesFor(PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Choices ?? [];
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text) || options.Choices is not { Count: > 0 } choices)
        {
            return Task.FromResult(PromptRecognizerResult<FoundChoice>.Failure());
        }

        var results = ChoiceRecognizer.RecognizeChoices(text, ToOptions(choices), PromptCulture.Resolve(turnContext, options, DefaultLocale));
        return Task.FromResult(results.Count > 0
            ? PromptRecognizerResult<FoundChoice>.Success(results[0].Resolution)
            : PromptRecognizerResult<FoundChoice>.Failure());
    }
}
