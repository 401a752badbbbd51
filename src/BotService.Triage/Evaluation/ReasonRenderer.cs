using BotService.Triage.Extraction;
using BotService.Triage.Findings;
using BotService.Triage.Rules;

namespace BotService.Triage.Evaluation;

/// <summary>
/// Fills a rule's reason template in the user's terms: {findings} (what they mentioned that the rule uses),
/// {where} (" in your left hand" or nothing), {location} ("your calf"), {duration} (their words, "5 weeks").
/// </summary>
internal sealed class ReasonRenderer(Lexicon lexicon)
{
    /// <summary>
    /// The reason template that the rules in <paramref name="sameReason"/> share (they decided the level with it),
    /// with the findings of all of them: one "you mentioned A, B and C, which can be a sign of a stroke" instead of the
    /// same sentence twice.
    /// </summary>
    public string Render(IReadOnlyList<TriageRule> sameReason, Findings.Findings findings)
    {
        var used = sameReason.SelectMany(r => r.When?.Leaves(positive: true) ?? []).Where(l => l.Positive).Select(l => l.Leaf)
            .OfType<FindingCondition>()
            .Select(f => f.Name)
            .Where(findings.Has)
            .Distinct()
            .ToList();
        // The complaint itself (twitching, cramp) is the premise of the conversation, not a reason.
        var said = used.Where(n => lexicon.KindOf(n) != FindingKind.Complaint).ToList();
        var labels = WithoutRepeats((said.Count > 0 ? said : used).Select(lexicon.LabelFor));
        // "you mentioned a stiff neck after a wound", not "a wound and a stiff neck after a wound": a finding the
        // sentence already names is not listed again, and when nothing else is left the complaint is ("you mentioned
        // twitching after a head injury").
        var template = sameReason[0].Reason;
        var notInTemplate = labels.Where(l => !template.Contains(l, StringComparison.Ordinal)).ToList();
        if (notInTemplate.Count == 0)
        {
            notInTemplate = [.. used.Where(n => lexicon.KindOf(n) == FindingKind.Complaint).Select(lexicon.LabelFor)
                .Distinct(StringComparer.Ordinal).Where(l => !template.Contains(l, StringComparison.Ordinal))];
        }

        labels = notInTemplate.Count > 0 ? notInTemplate : labels;
        var symptoms = WithoutRepeats(used.Where(n => lexicon.KindOf(n) is FindingKind.Symptom).Select(lexicon.LabelFor));
        var medicines = used.Where(n => lexicon.KindOf(n) is FindingKind.Medicine && !n.StartsWith("medicine-", StringComparison.Ordinal))
            .Select(lexicon.LabelFor).Distinct().ToList();
        var site = used.Select(n => findings.Sites.GetValueOrDefault(n)).FirstOrDefault(s => s is not null);
        var location = findings.Location is { } l ? BodyLocations.Describe(l, findings.Side) : null;
        var where = site is not null ? $" in your {site}" : location is not null ? $" in {location}" : string.Empty;
        return sameReason[0].Reason
            .Replace("{findings}", labels.Count > 0 ? Join(labels) : "what you described", StringComparison.Ordinal)
            .Replace("{where}", where, StringComparison.Ordinal)
            .Replace("{location}", location ?? "the area", StringComparison.Ordinal)
            .Replace("{symptoms}", symptoms.Count > 0 ? Join(symptoms) : "these changes", StringComparison.Ordinal)
            .Replace("{medicines}", medicines.Count > 0 ? Join(medicines) : "a medicine", StringComparison.Ordinal)
            .Replace("{duration}", findings.DurationSeconds is { } s ? DurationWords.Describe(s, findings.DurationMod) : "some time", StringComparison.Ordinal);
    }

    /// <summary>
    /// Each label once, and none that another one already says: "weakness" goes when "weakness on one side" is there
    /// (a rule may test both findings), so the reason does not read "weakness on one side, weakness and ...".
    /// </summary>
    private static List<string> WithoutRepeats(IEnumerable<string> labels)
    {
        var distinct = labels.Distinct(StringComparer.Ordinal).ToList();
        return [.. distinct.Where(l => !distinct.Any(other => other.Length > l.Length && $" {other} ".Contains($" {l} ", StringComparison.Ordinal)))];
    }

    private static string Join(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
