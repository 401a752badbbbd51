using System.Collections.Frozen;
using BotService.Recognizers.Text;

namespace BotService.Recognizers.Choices;

/// <summary>A value (or synonym) of choice <see cref="Index"/> found over utterance words First..Last.</summary>
internal readonly record struct ValueMatch(int Index, string Synonym, int First, int Last, double Score, bool Complete);

/// <summary>
/// Bot Framework's FindValues scoring (score = completeness x accuracy, at most two extra words between a
/// value's words) made tolerant of how people type: typos by edit distance ("eylid"), plurals ("legs"), a word
/// typed in two ("eye lid"), and partial values ("left" for "left leg") unless only filler words matched.
/// </summary>
internal static class ValueMatcher
{
    private const int MaxDistance = 2;

    private static readonly FrozenSet<string> FillerWords = new[]
    {
        "the", "a", "an", "my", "of", "in", "on", "at", "to", "and", "or", "is", "it", "i", "me", "your", "this", "that",
        "one", "with", "for", "both", "side", "part", "area", "not", "no",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static void Find(List<Word> words, int index, string synonym, List<Word> value, List<ValueMatch> found)
    {
        if (value.Count == 0)
        {
            return;
        }

        for (var s = 0; s < words.Count; s++)
        {
            var vi = 0;
            (double Weight, int Used) first = (0, 0);
            for (; vi < value.Count; vi++)
            {
                first = Compare(words, s, value[vi].Text);
                if (first.Weight > 0)
                {
                    break;
                }
            }

            if (first.Weight == 0)
            {
                continue;
            }

            int matched = 1, gaps = 0, pos = s + first.Used, last = pos - 1;
            var weight = first.Weight;
            var content = !FillerWords.Contains(value[vi].Text);
            for (var vk = vi + 1; vk < value.Count; vk++)
            {
                for (var j = pos; j < words.Count && j <= pos + MaxDistance; j++)
                {
                    var (w, used) = Compare(words, j, value[vk].Text);
                    if (w > 0)
                    {
                        gaps += j - pos;
                        matched++;
                        weight += w;
                        pos = j + used;
                        last = pos - 1;
                        content |= !FillerWords.Contains(value[vk].Text);
                        break;
                    }
                }
            }

            var complete = matched == value.Count;
            if (!complete && !content)
            {
                continue;
            }

            var score = weight / value.Count * ((double)matched / (matched + gaps));
            found.Add(new ValueMatch(index, synonym, s, last, score, complete));
        }
    }

    private static bool IsPlural(string plural, string singular) =>
        plural.StartsWith(singular, StringComparison.Ordinal)
        && (plural.AsSpan(singular.Length) is "s" or "es");

    // Exact 1; a value word typed as two words 1; plural or singular 0.9; a typo 0.8; otherwise 0.
    private static (double Weight, int Used) Compare(List<Word> words, int j, string target)
    {
        var word = words[j].Text;
        if (word == target)
        {
            return (1, 1);
        }

        if (j + 1 < words.Count && word.Length + words[j + 1].Text.Length == target.Length
            && target.StartsWith(word, StringComparison.Ordinal) && target.EndsWith(words[j + 1].Text, StringComparison.Ordinal))
        {
            return (1, 2);
        }

        if (target.Length >= 3 && (IsPlural(word, target) || IsPlural(target, word)))
        {
            return (0.9, 1);
        }

        var allowed = target.Length >= 8 ? 2 : target.Length >= 4 ? 1 : 0;
        // People rarely mistype a word's first letter; requiring it keeps the edit-distance work to likely words.
        if (allowed > 0 && !char.IsAsciiDigit(target[0]) && word.Length > 2 && word[0] == target[0] && EditDistance.Within(word, target, allowed) <= allowed)
        {
            return (0.8, 1);
        }

        return (0, 0);
    }
}
