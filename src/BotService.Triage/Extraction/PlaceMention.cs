namespace BotService.Triage.Extraction;

/// <summary>A body part named in a clause, with its side when the person gave one.</summary>
internal sealed record PlaceMention(string Location, string? Side, int Position);
