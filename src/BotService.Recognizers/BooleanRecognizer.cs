using System.Collections.Frozen;
using System.Globalization;

namespace BotService.Recognizers;

/// <summary>
/// Yes/no, scored as Microsoft.Recognizers.Text's BooleanModel: each hit scores 0.4 + 0.6 x (its tokens / all
/// tokens) and only the best hit (the earliest on a tie) is returned. The upstream word lists are extended with
/// how people answer a symptom question ("nah", "not really", "I don't think so", "absolutely").
/// </summary>
public static class BooleanRecognizer
{
    public const string BooleanType = "boolean";

    private const string ThumbsUp = "\U0001F44D";
    private const string OkHand = "\U0001F44C";
    private const string ThumbsDown = "\U0001F44E";
    private const string RaisedHand = "\u270B";
    private const string SplayedHand = "\U0001F590";

    private static readonly (string[] Tokens, bool? Value)[] Patterns =
    [
        .. Words(true, "yes", "yep", "yup", "yeah", "y", "sure", "ok", "okay", "agree", "true", "yea", "ya", "yah", "absolutely", "definitely", "correct", "certainly", "affirmative", "indeed"),
        (["of", "course"], true),
        .. Words(false, "no", "nope", "nop", "disagree", "false", "nah", "nay", "n", "never", "negative", "incorrect"),
        (["not", "ok"], false), (["not", "okay"], false), (["not", "correct"], false), (["not", "really"], false),
        (["not", "at", "all"], false), (["no", "way"], false), (["don", "t", "think", "so"], false),
        (["i", "don", "t", "think", "so"], false), (["i", "do", "not", "think", "so"], false),
        ([ThumbsUp], true), ([OkHand], true), ([ThumbsDown], false), ([RaisedHand], false), ([SplayedHand], false),

        // Uncertain answers: a hit inside them ("not sure", "no idea") is not an answer at all.
        (["not", "sure"], null), (["unsure"], null), (["don", "t", "know"], null), (["dunno"], null), (["no", "idea"], null),
        (["not", "certain"], null), (["maybe"], null),
    ];

    // Patterns by their first word, so each token is looked up once instead of tried against every pattern.
    private static readonly FrozenDictionary<string, (string[] Tokens, bool? Value)[]> ByFirstWord =
        Patterns.GroupBy(p => p.Tokens[0], StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string[] Tokens, bool? Value)[]>.AlternateLookup<ReadOnlySpan<char>> FirstWordLookup =
        ByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The best yes/no in the text: TypeName "boolean", Resolution value (bool) and score (double).</summary>
    public static IReadOnlyList<ModelResult> RecognizeBoolean(string query, string culture)
    {
        Culture.Resolve(culture);
        query ??= string.Empty;
        var tokens = Split(query);
        if (tokens.Count == 0)
        {
            return [];
        }

        var lower = query.ToLowerInvariant();
        var hits = new List<(int First, int Count, bool? Value)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!FirstWordLookup.TryGetValue(lower.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start), out var candidates))
            {
                continue;
            }

            foreach (var (pattern, value) in candidates)
            {
                var count = MatchLength(lower, tokens, i, pattern, value is not null);
                if (count > 0)
                {
                    hits.Add((i, count, value));
                }
            }
        }

        var uncertain = new bool[tokens.Count];
        foreach (var hit in hits.Where(h => h.Value is null))
        {
            Array.Fill(uncertain, true, hit.First, hit.Count);
        }

        (int First, int Count, bool Value)? best = null;
        var bestScore = 0.0;
        foreach (var hit in hits)
        {
            if (hit.Value is not { } value || Array.IndexOf(uncertain, true, hit.First, hit.Count) >= 0)
            {
                continue;
            }

            var score = Score(hit.Count, tokens.Count);
            if (best is null || score > bestScore || (score == bestScore && hit.First < best.Value.First))
            {
                best = (hit.First, hit.Count, value);
                bestScore = score;
            }
        }

        if (best is not { } b)
        {
            return [];
        }

        var start = tokens[b.First].Start;
        var end = tokens[b.First + b.Count - 1].End;
        return [new ModelResult(query[start..end], start, end - 1, BooleanType,
            new Dictionary<string, object?> { ["value"] = b.Value, ["score"] = bestScore })];
    }

    internal static double Score(int matched, int total) => 0.4 + (0.6 * ((double)matched / total));

    private static (string[], bool?)[] Words(bool value, params string[] words) => [.. words.Select(w => (new[] { w }, (bool?)value))];

    // Emoji may carry a skin-tone modifier, which is a token of its own and belongs to the hit.
    private static int MatchLength(string query, List<(int Start, int End)> tokens, int i, string[] pattern, bool allowTone)
    {
        if (i + pattern.Length > tokens.Count)
        {
            return 0;
        }

        for (var k = 0; k < pattern.Length; k++)
        {
            var (s, e) = tokens[i + k];
            if (!query.AsSpan(s, e - s).SequenceEqual(pattern[k]))
            {
                return 0;
            }
        }

        var n = pattern.Length;
        if (allowTone && pattern[0].Length > 0 && !char.IsLetter(pattern[0][0]) && i + n < tokens.Count && IsSkinTone(query, tokens[i + n]))
        {
            n++;
        }

        return n;
    }

    private static bool IsSkinTone(string query, (int Start, int End) token) =>
        token.End - token.Start == 2 && char.IsSurrogatePair(query[token.Start], query[token.Start + 1]) && char.ConvertToUtf32(query[token.Start], query[token.Start + 1]) is >= 0x1F3FB and <= 0x1F3FF;

    // Words are runs of letters and digits; every emoji (or other symbol) is a token of its own; punctuation and
    // spaces only separate ("don't" gives "don" and "t", as upstream).
    private static List<(int Start, int End)> Split(string query)
    {
        var tokens = new List<(int, int)>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                var start = i;
                while (i < query.Length && (char.IsLetterOrDigit(query[i]) || query[i] == '_'))
                {
                    i++;
                }

                tokens.Add((start, i));
                continue;
            }

            var length = char.IsHighSurrogate(c) && i + 1 < query.Length && char.IsLowSurrogate(query[i + 1]) ? 2 : 1;
            var category = CharUnicodeInfo.GetUnicodeCategory(query, i);
            if (length == 2 || category is UnicodeCategory.OtherSymbol)
            {
                tokens.Add((i, i + length));
            }

            i += length;
        }

        return tokens;
    }
}
