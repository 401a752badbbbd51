namespace BotService.Triage.Extraction;

/// <summary>What <see cref="PrefixAnalyzer"/> learnt about a regex.</summary>
/// <param name="Values">Every match starts with one of these literals; null when unknown (the regex must always run).</param>
/// <param name="AtWordStart">The pattern begins with \b, so every match starts where a word boundary holds.</param>
internal sealed record RegexPrefixes(IReadOnlyList<string>? Values, bool AtWordStart)
{
    public static RegexPrefixes AlwaysRun { get; } = new(null, false);

    public bool IsAlwaysRun => Values is null;
}
