namespace BotService.Content;

/// <summary>The content base files have problems; <see cref="Problems"/> lists every one, not just the first.</summary>
public sealed class ContentValidationException : Exception
{
    public ContentValidationException(IReadOnlyList<string> problems)
        : base(Format(problems)) => Problems = problems;

    public ContentValidationException() : this([]) { }

    public ContentValidationException(string message) : this([message]) { }

    public ContentValidationException(string message, Exception innerException) : base(message, innerException) => Problems = [message];

    public IReadOnlyList<string> Problems { get; }

    private static string Format(IReadOnlyList<string> problems) =>
        $"The content base has {problems.Count} problem(s):{Environment.NewLine}" +
        string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
}
