namespace BotService.Triage.Rules;

/// <summary>The rules file is invalid; <see cref="Errors"/> lists every problem found.</summary>
public sealed class RuleSetException : Exception
{
    public RuleSetException(IReadOnlyList<string> errors)
        : base("The triage rules file is invalid: " + string.Join("; ", errors)) => Errors = errors;

    public RuleSetException()
        : this(Array.Empty<string>())
    {
    }

    public RuleSetException(string message)
        : this([message])
    {
    }

    public RuleSetException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    public IReadOnlyList<string> Errors { get; }
}
