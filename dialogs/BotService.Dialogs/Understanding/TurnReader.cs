using System.Text.RegularExpressions;
using BotService.Dialogs.State;
using BotService.Dialogs.Text;
using BotService.Recognizers;
using BotService.Triage;
using BotService.Triage.Findings;

namespace BotService.Dialogs.Understanding;

/// <summary>
/// Reads a message for findings (the triage extractor) and for the buttons of the pending question, so that a
/// pressed button always means what it says even if its words are not in the extractor's lexicon. A multi-select
/// answer arrives as the titles joined by ", " (the Teams card does this; typing "weakness, numbness" works too).
/// </summary>
public static partial class TurnReader
{
    /// <summary>The complaint assumed when a place is all that is said to the "where" question.</summary>
    public const string AssumedComplaint = "twitching";

    /// <summary>
    /// The turn's reading: what the message's text says (<paramref name="textFindings"/>, from
    /// <see cref="TurnData.MessageFindings"/>) together with the buttons it picked and what it answers.
    /// </summary>
    public static TurnReading Read(TurnFindings textFindings, string text, PendingQuestion? pending, bool knownComplaint, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(textFindings);
        var findings = textFindings;
        var picked = PickedChoices(text, pending);
        if (picked.Count == 0 && pending is { Kind: PendingKind.SafetyCheck } && Utterances.IsYes(text))
        {
            // "yes" (or "a bit", "maybe") to "have you had any of these?" without saying which: taken as all of them, so
            // the most serious advice among them is given at once (a conservative choice: asking "which one?" first
            // would put a question before emergency advice).
            picked = pending.Choices.Where(c => c.Finding is not null).ToList();
        }

        var none = Utterances.IsNone(text) || picked.Any(c => c.Title == BotText.NoneOfThese);
        var notSure = Utterances.IsNotSure(text) || picked.Any(c => c.Title == BotText.NotSure);
        if (picked.Count > 0)
        {
            findings = WithChoices(findings, picked);
        }

        if (findings.Duration is null
            && (pending is { Kind: PendingKind.Slot, Slot: TriageSlot.Duration } || (HasGoneOn().IsMatch(text) && !findings.SetAsideHistory))
            && DurationReader.Read(text, now.UtcDateTime) is { } duration)
        {
            // "is it bad if it's been 3 weeks?" tells how long, even though it is put as a worry: take the finding. Not
            // from a message with someone's history set aside: "...had a seizure last year and has been fine since".
            findings = findings with { Duration = new TurnDuration(duration.Text, duration.Seconds, duration.MaxSeconds, duration.Mod) };
        }

        if (pending is { Kind: PendingKind.Slot, Slot: TriageSlot.Location } && !knownComplaint
            && findings.Location is not null && !findings.Present.Any(p => p.Kind == FindingKind.Complaint))
        {
            // "Where is the twitching or cramp?" answered with just a place: the person chose "Check my twitching".
            findings = findings with { Present = [.. findings.Present, (AssumedComplaint, FindingKind.Complaint)] };
        }

        return new TurnReading(findings, picked.Count > 0, none, notSure);
    }

    private static List<AnswerChoice> PickedChoices(string text, PendingQuestion? pending)
    {
        if (pending is not { Kind: PendingKind.Slot or PendingKind.SafetyCheck } || pending.Choices.Count == 0)
        {
            return [];
        }

        var parts = text.Split([',', ';', '+', '&'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .SelectMany(p => p.Split(" and ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Append(text)
            .Select(Utterances.Normalize)
            .ToHashSet(StringComparer.Ordinal);
        return pending.Choices.Where(c => parts.Contains(Utterances.Normalize(c.Title))).ToList();
    }

    private static TurnFindings WithChoices(TurnFindings findings, List<AnswerChoice> picked)
    {
        var present = findings.Present.ToList();
        foreach (var choice in picked.Where(c => c.Finding is not null && c.Kind is not null))
        {
            if (!present.Any(p => p.Name == choice.Finding))
            {
                present.Add((choice.Finding!, choice.Kind!.Value));
            }
        }

        var location = picked.FirstOrDefault(c => c.Location is not null);
        var duration = picked.FirstOrDefault(c => c.DurationSeconds is not null);
        return findings with
        {
            Present = present,
            Denied = findings.Denied.Where(d => !present.Any(p => p.Name == d)).ToList(),
            Location = findings.Location ?? location?.Location,
            Duration = findings.Duration ?? (duration is null
                ? null
                : new TurnDuration(duration.Title.ToLowerInvariant(), duration.DurationSeconds!.Value, null, null)),
        };
    }

    /// <summary>Says how long it has gone on ("it's been", "since", "for the past"), unlike "what if it lasts a month".</summary>
    [GeneratedRegex(@"\b(?:been|since|for the (?:past|last))\b", RegexOptions.IgnoreCase)]
    private static partial Regex HasGoneOn();
}
