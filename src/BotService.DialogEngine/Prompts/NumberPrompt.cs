using System.Globalization;
using System.Numerics;
using BotService.Protocol;
using BotService.Recognizers;

namespace BotService.DialogEngine.Prompts;

/// <summary>
/// Asks for a number, in digits or words ("twelve", "2.5", "a dozen"). The first number in the reply is taken;
/// one that does not fit <typeparamref name="T"/> (2.5 for an int) is not accepted.
/// </summary>
public class NumberPrompt<T>(string? dialogId = null, PromptValidator<T>? validator = null)
    : Prompt<T>(dialogId ?? $"NumberPrompt<{typeof(T).Name}>", validator)
    where T : struct, INumber<T>
{
    /// <summary>The culture used when neither the options nor the activity give one.</summary>
    public string? DefaultLocale { get; init; }

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(PromptRecognizerResult<T>.Failure());
        }

        var numbers = NumberRecognizer.RecognizeNumber(text, PromptCulture.Resolve(turnContext, options, DefaultLocale));
        if (numbers.Count > 0 && numbers[0].Resolution.TryGetValue("value", out var raw) && raw is string value &&
            T.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && Fits(value, number))
        {
            return Task.FromResult(PromptRecognizerResult<T>.Success(number));
        }

        return Task.FromResult(PromptRecognizerResult<T>.Failure());
    }

    /// <summary>Integer types parse "2.5" as 2 with NumberStyles.Float; refuse that rather than round silently.</summary>
    private static bool Fits(string value, T number) =>
        !T.IsInteger(number) || decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact) && decimal.IsInteger(exact);
}
