using System.Globalization;
using BotService.Dialogs.Text;
using BotService.Triage.Extraction;
using BotService.Triage.Findings;

namespace BotService.Dialogs.Replies;

/// <summary>The one-line confirmation of what was understood ("I understood: left eyelid, about 4 days, with stress.").</summary>
public static class Understood
{
    public static string? Line(Findings findings, Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(findings);
        ArgumentNullException.ThrowIfNull(lexicon);
        var parts = new List<string>();
        if (findings.Location is { } location)
        {
            parts.Add(location switch
            {
                BodyLocations.SeveralPlaces => "several places",
                BodyLocations.WholeBody => "the whole body",
                _ when findings.Side is "left" or "right" => $"{findings.Side} {location}",
                _ => location,
            });
        }

        if (!string.IsNullOrWhiteSpace(findings.DurationText))
        {
            parts.Add(findings.DurationText.Trim());
        }

        var with = findings.Symptoms.Concat(findings.Triggers).Concat(findings.Medicines).Concat(findings.Context)
            .Select(lexicon.LabelFor)
            .Distinct()
            .ToList();
        if (with.Count > 0)
        {
            parts.Add("with " + Join(with));
        }

        return parts.Count == 0 ? null : string.Format(CultureInfo.InvariantCulture, BotText.Understood, string.Join(", ", parts));
    }

    public static string Join(IReadOnlyList<string> items) =>
        items.Count switch
        {
            0 => string.Empty,
            1 => items[0],
            _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
        };
}
