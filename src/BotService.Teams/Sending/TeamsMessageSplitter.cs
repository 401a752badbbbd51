using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BotService.Protocol.Schema;

namespace BotService.Teams.Sending;

/// <summary>
/// Keeps messages under the Teams size limit (100 KB, counted on the payload encoded as UTF-16, protocol.md §2.3)
/// by splitting long text at paragraph boundaries, then at line, sentence and word boundaries when one paragraph
/// alone is too long. Every part is a complete message activity; the attachments, suggested actions, entities and
/// speech stay on the last part, after the text they belong to.
/// </summary>
public static class TeamsMessageSplitter
{
    /// <summary>100 KB as Teams counts it, less room for what the connector adds on the way.</summary>
    public const int DefaultMaxBytes = 100 * 1024 - 4 * 1024;

    private static readonly string[] Boundaries = ["\n\n", "\n", ". ", " "];

    /// <summary>The size Teams counts for an activity: its JSON as UTF-16, two bytes per char.</summary>
    public static int MeasureBytes(Activity activity) => JsonSerializer.Serialize(activity, BotJson.Options).Length * 2;

    public static IReadOnlyList<Activity> Split(Activity activity, int maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!activity.IsType(ActivityTypes.Message) || string.IsNullOrEmpty(activity.Text) || SurelyFits(activity, maxBytes) || MeasureBytes(activity) <= maxBytes)
        {
            return [activity];
        }

        var last = activity.Clone();
        last.Text = string.Empty;
        var first = TextOnly(activity, string.Empty);
        var budget = (maxBytes / 2) - Math.Max(JsonLength(last), JsonLength(first));
        if (budget < 256)
        {
            // The non-text parts alone fill the message; splitting the text cannot make it fit.
            return [activity];
        }

        var pieces = Pack(activity.Text, budget, 0);
        if (pieces.Count == 0)
        {
            return [activity];
        }

        var parts = pieces.Take(pieces.Count - 1).Select(p => TextOnly(activity, p)).ToList();
        last.Text = pieces[^1];
        parts.Add(last);
        return parts;
    }

    // Most replies are short text: if even worst-case escaping (6 chars per char) plus a generous allowance for the
    // addressing fields fits, skip serialising the activity just to measure it.
    private static bool SurelyFits(Activity activity, int maxBytes) =>
        activity.Attachments is null or { Count: 0 } && activity.Entities is null or { Count: 0 } && activity.SuggestedActions is null &&
        activity.ChannelData is null && activity.Value is null && activity.AdditionalProperties is null or { Count: 0 } &&
        ((long)(activity.Text?.Length ?? 0) + (activity.Speak?.Length ?? 0)) * 6 * 2 + (8 * 1024) <= maxBytes;

    private static Activity TextOnly(Activity activity, string text)
    {
        var part = activity.Clone();
        part.Text = text;
        part.Speak = null;
        part.Attachments = null;
        part.SuggestedActions = null;
        part.Entities = null;
        part.InputHint = InputHints.IgnoringInput;
        return part;
    }

    private static int JsonLength(Activity activity) => JsonSerializer.Serialize(activity, BotJson.Options).Length;

    // The escaped length is what the text adds to the JSON; escaping is per character, so lengths add up.
    private static int EscapedLength(string text) => JsonEncodedText.Encode(text, JavaScriptEncoder.Default).Value.Length;

    private static List<string> Pack(string text, int budget, int level)
    {
        if (EscapedLength(text) <= budget)
        {
            return [text];
        }

        if (level == Boundaries.Length)
        {
            return HardCut(text, budget);
        }

        var result = new List<string>();
        var current = new StringBuilder();
        var currentLength = 0;
        foreach (var unit in SplitKeeping(text, Boundaries[level]))
        {
            var unitLength = EscapedLength(unit);
            if (currentLength + unitLength > budget)
            {
                Flush(result, current);
                currentLength = 0;
            }

            if (unitLength > budget)
            {
                result.AddRange(Pack(unit, budget, level + 1));
                continue;
            }

            current.Append(unit);
            currentLength += unitLength;
        }

        Flush(result, current);
        return result;
    }

    private static IEnumerable<string> SplitKeeping(string text, string boundary)
    {
        var start = 0;
        int index;
        while ((index = text.IndexOf(boundary, start, StringComparison.Ordinal)) >= 0)
        {
            yield return text[start..(index + boundary.Length)];
            start = index + boundary.Length;
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static List<string> HardCut(string text, int budget)
    {
        var result = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            // Worst case every char escapes to 12 chars (a \uXXXX surrogate pair is 12 for 2 chars), so budget/6 always fits.
            var length = Math.Min(Math.Max(1, budget / 6), text.Length - start);
            if (char.IsHighSurrogate(text[start + length - 1]) && start + length < text.Length)
            {
                length--;
            }

            result.Add(text.Substring(start, length));
            start += length;
        }

        return result;
    }

    private static void Flush(List<string> result, StringBuilder current)
    {
        var piece = current.ToString().TrimEnd();
        if (piece.Length > 0)
        {
            result.Add(piece);
        }

        current.Clear();
    }
}
