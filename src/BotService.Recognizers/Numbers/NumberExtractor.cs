using BotService.Recognizers.Text;

namespace BotService.Recognizers.Numbers;

/// <summary>Finds the stand-alone numbers of a query, leaving out look-alikes ("which one", "180ml", "11th").</summary>
internal static class NumberExtractor
{
    public static List<NumberMatch> Extract(TokenList t)
    {
        var found = new List<NumberMatch>();
        var i = 0;
        while (i < t.Count)
        {
            if (NumberParser.TryParse(t, i, out var match) && IsStandalone(t, match))
            {
                found.Add(match);
                i = match.Last + 1;
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    private static bool IsStandalone(TokenList t, NumberMatch match)
    {
        // Digits glued to letters are measurements or codes ("180ml", "3h", "a1"), not numbers on their own.
        if (t[match.First].IsNumber && t.IsGlued(match.First) && t[match.First - 1].IsWord)
        {
            return false;
        }

        if (t[match.Last].IsNumber && t.IsGlued(match.Last + 1) && t[match.Last + 1].IsWord)
        {
            return false;
        }

        return !(match.First == match.Last && t[match.First].Is("one") && match.First > 0
            && NumberWords.PronounOneDeterminers.Contains(t[match.First - 1].Text));
    }
}
