using System.Globalization;
using System.Text.RegularExpressions;
using BotService.Triage.Evaluation;
using BotService.Triage.Tests.Support;
using Xunit.Abstractions;

namespace BotService.Triage.Tests;

/// <summary>
/// The reader sets aside someone else's history and the writer's own injuries years back. Generated from the whole case
/// set, not from a list of signs, so a sign the history rules do not know is tested too: every emergency case is played
/// again with an old event told before it, joined to it or after it, and must still be an emergency; every other case,
/// with the old event told as a sentence of its own, must keep its level.
/// </summary>
public sealed partial class HistoryBesideEmergencyTests(ITestOutputHelper output)
{
    /// <summary>Old events told as sentences of their own. "{0}" is the case's first message (or, when the template starts with it, its last).</summary>
    public static TheoryData<string> SentenceHistories => new()
    {
        "My dad had a stroke years ago. {0}",
        "{0}. my grandad died of a heart attack in 2010",
        "my wife who had a seizure years ago is fine now. {0}",
        "My sister had a blood clot in her leg years ago. {0}",
        "our dog had fits years ago. {0}",
        "I broke my ankle playing football years ago. {0}",
        "{0}. i had a long flight to australia in 2019",
        "my aunt had cancer years ago. {0}",
        "last year my neighbour had a seizure. {0}",
        "my dad has a history of seizures. {0}",
        "my mum has had two strokes. {0}",
        "{0}, my dad died of a stroke years ago so im scared",
        "my brother has a history of heart attacks, {0}",
    };

    /// <summary>Old events joined to the first message in one clause, as people write without full stops.</summary>
    public static TheoryData<string> JoinedHistories => new()
    {
        "my mum was diagnosed with epilepsy in 2015 and {0}",
        "years ago my mum had a stroke and {0}",
        "my dad had a stroke years ago and now {0}",
        "my partner who was diagnosed with epilepsy last year said {0}",
        "i cut my hand badly in 2018 and {0}",
        "in 2015 my dad had a heart attack and {0}",
        "back in 2010 my uncle died of a stroke and {0}",
        "my mum has epilepsy and {0}",
        "my wife has ms and {0}",
        "my brother lives with epilepsy, {0}",
    };

    [Theory]
    [MemberData(nameof(SentenceHistories))]
    [MemberData(nameof(JoinedHistories))]
    public void AnEmergencyStaysAnEmergencyWithAnOldEventBesideIt(string template)
    {
        var changed = Replay(template, c => c.Expected == "emergency", _ => TriageLevel.Emergency);

        Assert.Empty(changed);
    }

    [Theory]
    [MemberData(nameof(SentenceHistories))]
    public void AnyOtherCaseKeepsItsLevelWithAnOldEventToldAsASentenceOfItsOwn(string template)
    {
        // Except a checklist whose last answer is "no" with the history told after it: "confusion? no. my grandad died of
        // a heart attack in 2010" leaves the confusion said, since words after a "no" may take it back ("no. oops") or
        // describe the sign ("no, just pressure"), so only a "no" that ends a plain checklist denies.
        var after = template.StartsWith("{0}", StringComparison.Ordinal);
        var changed = Replay(
            template,
            c => c.Expected != "emergency" && !(after && EndsWithAnsweredNo().IsMatch(c.Turns[^1])),
            c => TriageHarness.Run(c.Turns).Decision.Level);

        Assert.Empty(changed);
    }

    private List<string> Replay(string template, Func<TriageCase, bool> which, Func<TriageCase, TriageLevel> expected)
    {
        var changed = new List<string>();
        foreach (var c in TriageCase.Load("cases.json").Where(which))
        {
            var turns = c.Turns.ToList();
            var at = template.StartsWith("{0}", StringComparison.Ordinal) ? turns.Count - 1 : 0;
            turns[at] = string.Format(CultureInfo.InvariantCulture, template, turns[at].TrimEnd('.', ' '));
            var (want, got) = (expected(c), TriageHarness.Run(turns).Decision.Level);
            if (got != want)
            {
                changed.Add($"{c.Id} ({want.ToName()} -> {got.ToName()}): {string.Join(" || ", turns)}");
            }
        }

        changed.ForEach(output.WriteLine);
        return changed;
    }

    [GeneratedRegex(@"\?\s*(?:no|nope|none|nil|never)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithAnsweredNo();
}
