using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>Ages as people write them: "I'm 58", "58 yo", "(72)", "my 15 yr old", "aged 79".</summary>
internal static partial class AgeReader
{
    public static int? Read(string normalized)
    {
        if (!HasDigit(normalized))
        {
            return null;
        }

        var m = Age().Match(normalized);
        if (!m.Success)
        {
            return null;
        }

        var digits = m.Groups.Values.Skip(1).First(g => g.Success).Value;
        return int.TryParse(digits, out var age) && age is > 0 and < 120 ? age : null;
    }

    public static bool Mentions(string clause) => HasDigit(clause) && Age().IsMatch(clause);

    /// <summary>Every form of age has a \d, which is a Unicode decimal digit just as char.IsDigit means; most text has none.</summary>
    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\b(?:im|i am|hes|he is|shes|she is|is|aged?)\s+(\d{1,3})\b(?!\s*(?:weeks?|days?|months?|hours?|minutes?|mins?|%|kg|lbs?|times|cups|coffees|\.\d))|\b(\d{1,3})\s*(?:yo|yrs? old|years? old|year old|yr old)\b|\((?:im\s+)?(\d{1,3})\)|\b(\d{1,3})\s*(?:m|f|male|female)\b(?=[\s,.)]|$)")]
    private static partial Regex Age();
}
