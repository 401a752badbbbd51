using BotService.Protocol;
using BotService.Recognizers;

namespace BotService.DialogEngine.Prompts;

/// <summary>
/// Asks how long something has gone on: "about 3 days", "2-3 weeks", "since Monday", "on and off for months".
/// The result is the recognizer's <see cref="DurationReading"/> (seconds, an upper bound for ranges, a modifier).
/// Onsets are measured to the activity's local timestamp when the channel sends one, else to the clock's now.
/// </summary>
public class DurationPrompt(string? dialogId = null, PromptValidator<DurationReading>? validator = null, TimeProvider? timeProvider = null)
    : Prompt<DurationReading>(dialogId ?? nameof(DurationPrompt), validator)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public string? DefaultLocale { get; init; }

    protected override Task<PromptRecognizerResult<DurationReading>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(PromptRecognizerResult<DurationReading>.Failure());
        }

        var reference = turnContext.Activity.LocalTimestamp?.DateTime ?? _time.GetUtcNow().DateTime;
        var reading = DurationReader.Read(text, reference, PromptCulture.Resolve(turnContext, options, DefaultLocale));
        return Task.FromResult(reading is not null
            ? PromptRecognizerResult<DurationReading>.Success(reading)
            : PromptRecognizerResult<DurationReading>.Failure());
    }
}
