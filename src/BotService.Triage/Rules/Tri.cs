namespace BotService.Triage.Rules;

/// <summary>Three-valued logic: a condition can be true, false, or not yet known.</summary>
internal enum Tri
{
    False,
    Unknown,
    True,
}
