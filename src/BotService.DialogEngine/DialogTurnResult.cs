namespace BotService.DialogEngine;

/// <summary>The outcome of a dialog operation: a status and, when a dialog completed, its result.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    /// <summary>True when the dialog that ended was the last one of a component's stack (its parent ended too).</summary>
    public bool ParentEnded { get; init; }

    /// <summary>
    /// The result as <typeparamref name="T"/>; false when there is none or it has another shape. A result that
    /// was persisted and read back as JSON is converted.
    /// </summary>
    public bool TryGetResult<T>(out T value) => StateValues.TryConvert(Result, out value!);
}
