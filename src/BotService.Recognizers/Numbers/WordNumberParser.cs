using BotService.Recognizers.Text;

namespace BotService.Recognizers.Numbers;

/// <summary>
/// Cardinals written in words ("three hundred and thirty one", "fifty - two", "twenty and four"). A small state
/// machine decides which word may follow which, so "one two" stays two numbers and nothing is re-scanned.
/// </summary>
internal static class WordNumberParser
{
    private enum Last { None, Unit, Teen, Tens, Hundred, Scale }

    public static bool TryParse(TokenList t, int i, out int lastToken, out double value)
    {
        lastToken = -1;
        value = 0;
        double total = 0, group = 0, lastScale = double.MaxValue;
        var state = Last.None;
        var hasHundred = false;
        var j = i;
        while (t.Has(j) && t[j].IsWord)
        {
            var word = t[j].Text;
            if (NumberWords.Units.TryGetValue(word, out var unit) && CanTakeUnit(state, unit, group))
            {
                group += unit;
                state = Last.Unit;
            }
            else if (NumberWords.Teens.TryGetValue(word, out var teen) && CanTakeTensOrTeen(state))
            {
                group += teen;
                state = Last.Teen;
            }
            else if (NumberWords.Tens.TryGetValue(word, out var tens) && CanTakeTensOrTeen(state))
            {
                group += tens;
                state = Last.Tens;
            }
            else if (word == "hundred" && state is Last.Unit or Last.Teen && !hasHundred && group > 0)
            {
                group *= 100;
                hasHundred = true;
                state = Last.Hundred;
            }
            else if (NumberWords.Scales.TryGetValue(word, out var scale) && state is not Last.None and not Last.Scale && scale < lastScale && group > 0)
            {
                total += group * scale;
                group = 0;
                hasHundred = false;
                lastScale = scale;
                state = Last.Scale;
            }
            else
            {
                break;
            }

            lastToken = j;
            j++;
            if (IsJoiner(t, j, state, group))
            {
                j++;
            }
        }

        if (lastToken < 0)
        {
            return false;
        }

        value = total + group;
        return true;
    }

    private static bool CanTakeUnit(Last state, int unit, double group) => state switch
    {
        Last.None => true,
        Last.Tens => unit > 0,
        Last.Hundred or Last.Scale => unit > 0 && group % 100 == 0,
        _ => false,
    };

    private static bool CanTakeTensOrTeen(Last state) => state is Last.None or Last.Hundred or Last.Scale;

    // "fifty-two", "fifty - two", "three hundred and thirty", "twenty and four": a joiner is only taken when a
    // number word that may follow comes right after it, so "one and a half" or "two and" are left alone.
    private static bool IsJoiner(TokenList t, int j, Last state, double group)
    {
        if (!t.Has(j + 1) || !t[j + 1].IsWord)
        {
            return false;
        }

        var next = t[j + 1].Text;
        if (t.Is(j, "-") && state == Last.Tens)
        {
            return NumberWords.Units.TryGetValue(next, out var u) && u > 0;
        }

        if (!t.Is(j, "and") || state is not (Last.Hundred or Last.Scale or Last.Tens))
        {
            return false;
        }

        if (NumberWords.Units.TryGetValue(next, out var unit))
        {
            return CanTakeUnit(state, unit, group);
        }

        return state != Last.Tens && (NumberWords.Teens.ContainsKey(next) || NumberWords.Tens.ContainsKey(next));
    }
}
