using System.Text;
using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>
/// Lower-cases, drops apostrophes ("can't" -> "cant"), splits hyphenated words and fixes common typos and chat
/// shorthand, so the lexicon can be written once against one spelling.
/// </summary>
internal static partial class TextNormalizer
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["twiching"] = "twitching", ["twitchin"] = "twitching", ["twtiching"] = "twitching", ["twichting"] = "twitching",
        ["twitchng"] = "twitching", ["twiches"] = "twitches", ["twich"] = "twitch", ["twitchs"] = "twitches",
        ["musle"] = "muscle", ["mussle"] = "muscle", ["muscel"] = "muscle", ["muscule"] = "muscle", ["muscels"] = "muscles",
        ["numbnes"] = "numbness", ["tingeling"] = "tingling", ["tinglin"] = "tingling", ["tinglng"] = "tingling",
        ["weaknes"] = "weakness", ["weakess"] = "weakness", ["breth"] = "breath", ["breating"] = "breathing",
        ["brething"] = "breathing", ["swolen"] = "swollen", ["crampin"] = "cramping", ["eyelit"] = "eyelid",
        ["eyelide"] = "eyelid", ["thyriod"] = "thyroid", ["cuz"] = "because", ["coz"] = "because", ["cos"] = "because",
        ["bc"] = "because", ["bcoz"] = "because", ["lil"] = "little", ["abt"] = "about", ["tho"] = "though",
        ["idk"] = "dont know", ["ngl"] = "", ["lol"] = "", ["lmao"] = "", ["tbh"] = "", ["pls"] = "please",
        ["plz"] = "please", ["u"] = "you", ["ur"] = "your", ["rn"] = "right now", ["wk"] = "week", ["wks"] = "weeks",
        ["bday"] = "birthday", ["w/o"] = "without", ["w/"] = "with", ["y/o"] = "yo", ["yrs"] = "years",
    };

    public static string Normalize(string text)
    {
        var lower = text.ToLowerInvariant()
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('`', '\'').Replace('\u00b4', '\'');
        lower = Apostrophe().Replace(lower, string.Empty);
        lower = lower.Replace("&", " and ", StringComparison.Ordinal).Replace(" + ", " and ", StringComparison.Ordinal);
        lower = Hyphen().Replace(lower, " ");
        var builder = new StringBuilder(lower.Length + 8);
        foreach (var token in Token().Split(lower))
        {
            builder.Append(Words.TryGetValue(token, out var fixedWord) ? fixedWord : token);
        }

        var joined = WeakForWeek().Replace(builder.ToString(), "$1 week$2");
        return Spaces().Replace(joined, " ").Trim();
    }

    [GeneratedRegex("'")]
    private static partial Regex Apostrophe();

    [GeneratedRegex(@"(?<=[a-z])-(?=[a-z])")]
    private static partial Regex Hyphen();

    [GeneratedRegex(@"(\s+|(?<=[a-z0-9/])(?=[.,;:!?()])|(?<=[.,;:!?()])(?=[a-z0-9]))")]
    private static partial Regex Token();

    // "for a weak" is a typo for a week, not weakness.
    [GeneratedRegex(@"\b(for a|a|last|this|per|each|every|one|two|three|\d+|couple of|few) weak(s?)\b")]
    private static partial Regex WeakForWeek();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}
