using BotService.DialogEngine.Choices;
using BotService.Protocol;
using BotService.Recognizers;

namespace BotService.DialogEngine.Prompts;

/// <summary>
/// Asks a yes/no question. Recognises yes/no words (in the activity's locale, else the default, else English);
/// failing that, the offered choices by text or number ("1" is yes), as the SDK does when numbers are shown.
/// </summary>
public class ConfirmPrompt(string? dialogId = null, PromptValidator<bool>? validator = null)
    : ChoicePromptBase<bool>(dialogId ?? nameof(ConfirmPrompt), validator)
{
    /// <summary>The labels shown for yes and no (in that order) when the options give no choices.</summary>
    public (Choice Yes, Choice No) ConfirmChoices { get; init; } = (new Choice("Yes"), new Choice("No"));

    protected override IReadOnlyList<Choice> ChoicesFor(PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Choices is { Count: 2 } given ? given : [ConfirmChoices.Yes, ConfirmChoices.No];
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(PromptRecognizerResult<bool>.Failure());
        }

        var culture = PromptCulture.Resolve(turnContext, options, DefaultLocale);
        var yesNo = BooleanRecognizer.RecognizeBoolean(text, culture);
        if (yesNo.Count > 0 && yesNo[0].Resolution.TryGetValue("value", out var value) && value is bool answer)
        {
            return Task.FromResult(PromptRecognizerResult<bool>.Success(answer));
        }

        var picked = ChoiceRecognizer.RecognizeChoices(text, ToOptions(ChoicesFor(options)), culture);
        return Task.FromResult(picked.Count > 0
            ? PromptRecognizerResult<bool>.Success(picked[0].Resolution.Index == 0)
            : PromptRecognizerResult<bool>.Failure());
    }
}
