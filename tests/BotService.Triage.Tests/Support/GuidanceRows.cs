namespace BotService.Triage.Tests.Support;

/// <summary>Every row of ../shared/docs/triage-guidance.md §1.</summary>
public static class GuidanceRows
{
    public static IReadOnlyList<string> All { get; } =
    [
        .. Enumerable.Range(1, 10).Select(i => $"E{i}"),
        .. Enumerable.Range(1, 7).Select(i => $"U{i}"),
        .. Enumerable.Range(1, 12).Select(i => $"S{i}"),
        .. Enumerable.Range(1, 7).Select(i => $"C{i}"),
    ];

    /// <summary>Rows marked [inference] in the guidance (wholly or in part).</summary>
    public static IReadOnlyList<string> Inference { get; } = ["E9", "E10", "U7", "C4"];
}
