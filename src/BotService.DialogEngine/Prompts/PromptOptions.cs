using BotService.DialogEngine.Choices;
using BotService.Protocol.Schema;

namespace BotService.DialogEngine.Prompts;

/// <summary>What a prompt asks and how: persisted with the prompt's instance, so it must serialise.</summary>
public sealed record PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; init; }

    /// <summary>Sent instead of <see cref="Prompt"/> when an answer was not accepted.</summary>
    public Activity? RetryPrompt { get; init; }

    /// <summary>The choices of a choice prompt (and the yes/no labels of a confirm prompt, if set).</summary>
    public IReadOnlyList<Choice>? Choices { get; init; }

    /// <summary>How the choices are shown; null means the prompt's own default.</summary>
    public ListStyle? Style { get; init; }

    /// <summary>Extra data for the validator (a range, a list of allowed values, ...).</summary>
    public object? Validations { get; init; }

    /// <summary>The culture to recognise in, when the activity's locale should not be used.</summary>
    public string? RecognizeLanguage { get; init; }
}

/// <summary>The result of recognising the user's reply.</summary>
public sealed record PromptRecognizerResult<T>
{
    public bool Succeeded { get; init; }

    public T? Value { get; init; }

    /// <summary>Whether a parent may treat the reply as an interruption (not used by the built-in prompts).</summary>
    public bool AllowInterruption { get; init; }

    public static PromptRecognizerResult<T> Success(T value) => new() { Succeeded = true, Value = value };

    public static PromptRecognizerResult<T> Failure() => new();
}
