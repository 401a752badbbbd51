using System.Collections.Concurrent;

namespace BotService.Triage.Rules;

/// <summary>
/// A small number for every finding name, so a rule's finding test is a bit test instead of a string lookup: the
/// rules are evaluated several times a turn (the level, each button's "what if"). Names come from the lexicon and the
/// rules file, so the table stays small.
/// </summary>
internal static class FindingIds
{
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.Ordinal);
    private static int _count;

    /// <summary>How many ids have been handed out (an upper bound for a bit set).</summary>
    public static int Count => Volatile.Read(ref _count);

    public static int Of(string name) => Ids.GetOrAdd(name, static _ => Interlocked.Increment(ref _count) - 1);
}
