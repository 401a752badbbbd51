namespace BotService.Triage.Extraction;

/// <summary>What <see cref="PrefixAnalyzer"/> learnt about a regex.</summary>
/// <param name="Values">
/// Every match starts with one of these literals or contains one of <see cref="Infixes"/>; null when unknown (the
/// regex must always run).
/// </param>
/// <param name="AtWordStart">The pattern begins with \b, so every match starts where a word boundary holds.</param>
/// <param name="AsciiTextOnly">The literals hold only for text without non-ASCII characters (\d read as 0-9).</param>
internal sealed record RegexPrefixes(IReadOnlyList<string>? Values, bool AtWordStart, bool AsciiTextOnly = false)
{
    public static RegexPrefixes AlwaysRun { get; } = new(null, false);

    /// <summary>Literals some matches contain instead of starting with one of <see cref="Values"/>.</summary>
    public IReadOnlyList<string> Infixes { get; init; } = [];

    public bool IsAlwaysRun => Values is null;
}
