using System.Text;
using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>
/// Marks after a checklist's items, as nurses and carers type them: "CP -ve SOB -ve", "face droop x arm weak x",
/// "SOB ✓ CP x". Each mark ends its item as a full stop would, so the next item is not read as part of a list it
/// denies; a cross or "-ve" becomes the "nil" the negation already knows ("fever nil"). A mark followed by a time
/// ("chest pain -ve yesterday, +ve today") is about then, not now, and is left alone.
/// Crosses are read as marks only where the message is plainly a checklist of them: three or more (two beside a tick
/// or "+ve"), each after a short item (one to three words, no pronoun, verb, answer or sign-off). "x" also closes many a
/// message as a kiss ("chest tight? very x can't breathe properly x", "chest pain x night x", "face droop x hun x"),
/// and a kiss read as a denial would hide the sign it follows.
/// </summary>
internal static partial class ChecklistMarks
{
    private const string Nil = "nil";

    private static readonly HashSet<string> NotItemWords = new(StringComparer.Ordinal)
    {
        "i", "im", "ive", "id", "me", "my", "you", "your", "he", "she", "it", "its", "we", "they", "him", "her", "his",
        "them", "their", "is", "are", "was", "were", "am", "be", "been", "feel", "feels", "felt", "cant", "cannot", "can",
        "dont", "doesnt", "didnt", "wont", "not", "yes", "yeah", "yep", "yup", "no", "nope", "and", "but", "so", "now",
        "then", "very", "really", "thanks", "thank", "thx", "please", "love", "hope", "just", "only", "too", "also", "still",
        "getting", "going", "help", "worried", "scared",

        // Sign-offs a kiss follows: "...x cheers x", "...x mum x".
        "cheers", "ta", "thanks", "night", "nite", "bye", "hun", "hon", "babe", "luv", "mum", "mam", "mom", "dad",
        "sis", "bro", "mate", "darling", "sweetie", "xx", "xxx",
    };

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "yesterday", "earlier", "before", "previously", "initially", "first", "last", "on", "at", "until", "till", "then",
        "when", "in", "since", "this", "that", "overnight", "during", "for", "from", "after", "an", "a", "am", "pm",
        "hour", "hours", "hr", "hrs", "min", "mins", "minutes",
    };

    public static string Mark(string text)
    {
        if (!MayHoldMark(text))
        {
            return text;
        }

        var marks = Marks().Matches(text).Where(m => !(IsNegative(m) && TimeWords.Contains(NextWord(text, m.Index + m.Length)))).ToList();
        if (marks.Count == 0)
        {
            return text;
        }

        var crossesAreMarks = CrossesAreMarks(text, marks);
        var builder = new StringBuilder(text.Length + marks.Count * 3);
        var last = 0;
        foreach (var mark in marks.Where(m => crossesAreMarks || m.ValueSpan is not "x"))
        {
            builder.Append(text.AsSpan(last, mark.Index - last));
            builder.Append(IsNegative(mark) ? Nil : mark.Value);
            last = mark.Index + mark.Length;
            if (NextWord(text, last).Length > 0)
            {
                builder.Append('.');
            }
        }

        return last == 0 ? text : builder.Append(text.AsSpan(last)).ToString();
    }

    private static bool MayHoldMark(string text) =>
        text.Contains("-ve", StringComparison.Ordinal) || text.Contains("+ve", StringComparison.Ordinal)
        || text.Contains(" x", StringComparison.Ordinal) || text.AsSpan().IndexOfAny("✓✔✗✘") >= 0;

    private static bool IsNegative(Match mark) => mark.ValueSpan is "x" or "-ve" or "✗" or "✘";

    private static bool CrossesAreMarks(string text, List<Match> marks)
    {
        var crosses = 0;
        var itemStart = 0;
        foreach (var mark in marks)
        {
            var item = ItemBefore(text, itemStart, mark.Index);
            if (mark.ValueSpan is "x")
            {
                var words = item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length is 0 or > 3 || words.Any(NotItemWords.Contains))
                {
                    return false;
                }

                crosses++;
            }

            itemStart = mark.Index + mark.Length;
        }

        var ticked = marks.Exists(m => m.ValueSpan is not ("x" or "-ve" or "✗" or "✘"));
        return crosses >= 3 || (crosses == 2 && ticked);
    }

    // The item a mark follows: back to the last punctuation, or the question a mark answers ("fever? x": "fever").
    private static string ItemBefore(string text, int from, int markIndex)
    {
        var boundary = text.AsSpan(from, markIndex - from).LastIndexOfAny(".,;:!?/\n()");
        var item = text[(boundary < 0 ? from : from + boundary + 1)..markIndex].Trim();
        if (item.Length > 0 || boundary < 0 || text[from + boundary] is not ('?' or ':'))
        {
            return item;
        }

        var end = from + boundary;
        var start = text.AsSpan(from, end - from).TrimEnd('?').LastIndexOfAny(".,;:!?/\n()");
        return text[(start < 0 ? from : from + start + 1)..end].Trim().TrimEnd('?').Trim();
    }

    // The word right after a mark, if one follows after a single space ("...droop x arm weak x": "arm").
    private static string NextWord(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsAsciiLetterOrDigit(text[end + 1]))
        {
            return "";
        }

        var stop = text.AsSpan(end + 1).IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyz0123456789");
        return text.Substring(end + 1, stop < 0 ? text.Length - end - 1 : stop);
    }

    // A mark after an item or a question ("fever? x", "fever: -ve"), standing alone: not "x3 days", "5 x a day", "x 3
    // weeks", "x two today", "an x ray".
    [GeneratedRegex(@"(?:-ve|\+ve|x|✓|✔|✗|✘)(?<=[a-z?:-] (?:-ve|\+ve|x|✓|✔|✗|✘))(?=$|[\s.,;:!?/)])(?! ?\d)(?! (?:rays?|two|three|four|five|once|twice|times|daily|weekly|a day|a week|per)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Marks();
}
