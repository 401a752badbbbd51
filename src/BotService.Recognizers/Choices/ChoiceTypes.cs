namespace BotService.Recognizers;

/// <summary>A choice offered to the user (Bot Framework's Choice: a value and optional synonyms).</summary>
public sealed record ChoiceOption(string Value, IReadOnlyList<string>? Synonyms = null);

/// <summary>The choice a reply picked: its value, 0-based index in the list, score (0..1] and the synonym that matched.</summary>
public sealed record FoundChoice(string Value, int Index, double Score, string? Synonym);
