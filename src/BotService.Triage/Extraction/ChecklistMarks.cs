using System.Text;
using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>
/// Marks after a checklist's items, as nurses and carers type them: "CP -ve SOB -ve", "SOB ✓ CP ✗". Each mark ends its
/// item as a full stop would, so the next item is not read as part of a list it denies, and "-ve" or a cross becomes
/// the "nil" the negation already knows ("fever nil"). Only a plain checklist is read so: "-ve" followed by what is not
/// another marked item ("chest pain -ve half an hour ago, now +ve", "-ve lying down, crushing when standing"), or with
/// the sign said to be there later ("+ve", "now", "crushing"), is left alone, and so the sign stays said.
/// A letter x is never read as a cross: it closes many a message as a kiss ("chest tight? very x can't breathe properly
/// x", "face drooping x slurring x Jo x"), and a kiss read as a denial would hide the sign it follows.
/// </summary>
internal static partial class ChecklistMarks
{
    private const string Nil = "nil";

    public static string Mark(string text)
    {
        if (!MayHoldMark(text))
        {
            return text;
        }

        var marks = Marks().Matches(text);
        if (marks.Count == 0)
        {
            return text;
        }

        // Found once from the end: asking for each mark whether anything after it takes it back read the rest of the
        // text again per mark, a fifth of a second for a 16,000-character list of them.
        var takenBackFrom = TakenBack().Match(text) is { Success: true } after ? after.Index : -1;
        var builder = new StringBuilder(text.Length + marks.Count * 3);
        var last = 0;
        for (var i = 0; i < marks.Count; i++)
        {
            var mark = marks[i];
            var end = mark.Index + mark.Length;
            var negative = mark.ValueSpan is "-ve" or "✗" or "✘";
            if (negative && !(EndsItsItem(text, end, i + 1 < marks.Count ? marks[i + 1] : null) && takenBackFrom < end))
            {
                continue;
            }

            builder.Append(text.AsSpan(last, mark.Index - last));
            builder.Append(negative ? Nil : mark.Value);
            last = end;
            if (end + 1 < text.Length && text[end] == ' ' && char.IsAsciiLetterOrDigit(text[end + 1]))
            {
                builder.Append('.');
            }
        }

        return last == 0 ? text : builder.Append(text.AsSpan(last)).ToString();
    }

    private static bool MayHoldMark(string text) =>
        text.Contains("-ve", StringComparison.Ordinal) || text.Contains("+ve", StringComparison.Ordinal)
        || text.AsSpan().IndexOfAny("✓✔✗✘") >= 0;

    // The mark ends the text or its sentence, or one to three words follow before the next mark ("sob -ve cp -ve").
    private static bool EndsItsItem(string text, int end, Match? next)
    {
        var rest = text.AsSpan(end).TrimStart(' ');
        if (rest.IsEmpty || ".,;/\n".Contains(rest[0]))
        {
            return true;
        }

        if (next is null)
        {
            return false;
        }

        var between = text.AsSpan(end, next.Index - end).Trim(' ');
        return between.IndexOfAny(".,;:!?/\n") < 0 && Negation.WordCount(between) <= 3;
    }

    // A mark after an item or a question ("fever? -ve", "fever: ✗"), standing alone.
    [GeneratedRegex(@"(?:-ve|\+ve|✓|✔|✗|✘)(?<=[a-z?:-] (?:-ve|\+ve|✓|✔|✗|✘))(?=$|[\s.,;:!?/)])", RegexOptions.CultureInvariant)]
    private static partial Regex Marks();

    // The sign said to be there after all, later in the message: searched from the end, for the last such word.
    [GeneratedRegex(@"\+ve|\b(?:now|today|currently|crushing|worse|worsening|started|starting|yes|actually)\b", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex TakenBack();
}
