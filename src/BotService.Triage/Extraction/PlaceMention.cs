namespace BotService.Triage.Extraction;

/// <summary>A body part named in a clause, with its side when the person gave one.</summary>
/// <param name="AfterRadiationWord">Said after "down", "into", "to" ("pain going down my arm").</param>
internal sealed record PlaceMention(string Location, string? Side, int Position, bool AfterRadiationWord);
