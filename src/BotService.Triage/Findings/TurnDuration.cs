namespace BotService.Triage.Findings;

/// <summary>A duration read by the recognizers from the clause that talks about the complaint.</summary>
public sealed record TurnDuration(string Text, double Seconds, double? MaxSeconds, string? Mod);
