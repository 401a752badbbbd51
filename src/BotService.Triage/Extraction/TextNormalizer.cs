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
        ["hrs"] = "hours", ["n"] = "and", ["wen"] = "when", ["wat"] = "what", ["tht"] = "that", ["jus"] = "just",
        ["frm"] = "from", ["cnt"] = "cant", ["cn"] = "can", ["rly"] = "really", ["evry"] = "every", ["nite"] = "night",
        ["nites"] = "nights", ["tite"] = "tight", ["rite"] = "right", ["aftr"] = "after", ["yest"] = "yesterday",
        ["proprly"] = "properly", ["propely"] = "properly", ["anser"] = "answer", ["brethe"] = "breathe",
        ["redish"] = "reddish", ["tetnus"] = "tetanus", ["slurrign"] = "slurring",

        // Phone typing drops the g: "squeezin", "jerkin", "wakin".
        ["squeezin"] = "squeezing", ["jerkin"] = "jerking", ["shakin"] = "shaking", ["spasmin"] = "spasming",
        ["wakin"] = "waking", ["goin"] = "going", ["comin"] = "coming", ["walkin"] = "walking", ["talkin"] = "talking",
        ["speakin"] = "speaking", ["breathin"] = "breathing", ["achin"] = "aching", ["hurtin"] = "hurting",
        ["burnin"] = "burning", ["swellin"] = "swelling", ["fallin"] = "falling", ["droppin"] = "dropping",
        ["jumpin"] = "jumping", ["chokin"] = "choking", ["droolin"] = "drooling", ["slurrin"] = "slurring",
        ["pukin"] = "puking", ["shiverin"] = "shivering", ["sweatin"] = "sweating",
        ["poundin"] = "pounding", ["racin"] = "racing", ["spreadin"] = "spreading", ["feelin"] = "feeling",
        ["liftin"] = "lifting", ["trippin"] = "tripping", ["peein"] = "peeing", ["throbbin"] = "throbbing",
        ["nothin"] = "nothing", ["somethin"] = "something", ["anythin"] = "anything", ["evrythin"] = "everything",
        ["havin"] = "having", ["doin"] = "doing", ["startin"] = "starting",
        ["siezure"] = "seizure", ["siezures"] = "seizures", ["seisure"] = "seizure", ["seizues"] = "seizures",

        // Scots: "cannae open ma gub" is "cant open my mouth".
        ["cannae"] = "cant", ["canna"] = "cant", ["didnae"] = "didnt", ["dinnae"] = "dont", ["isnae"] = "isnt",
        ["wasnae"] = "wasnt", ["wi"] = "with", ["ma"] = "my", ["gub"] = "mouth", ["mair"] = "more",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static string Normalize(string text)
    {
        var lower = text.ToLowerInvariant()
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('`', '\'').Replace('\u00b4', '\'');
        // "my jaw's gone tight": the patterns read "jaw is", not "jaws" (which "jaw" does not match).
        lower = lower.Contains("'s", StringComparison.Ordinal) ? BodyPartIs().Replace(lower, "$1 is") : lower;
        lower = Apostrophe().Replace(lower, string.Empty);
        lower = lower.Replace("&", " and ", StringComparison.Ordinal).Replace(" + ", " and ", StringComparison.Ordinal);
        lower = Hyphen().Replace(lower, " ");
        // Token() captures its separators, so splitting on it keeps them: words between matches are looked up
        // without allocating a string each, and the separators are copied as they are.
        var builder = new StringBuilder(lower.Length + 8);
        var last = 0;
        foreach (var separator in Token().EnumerateMatches(lower))
        {
            AppendWord(builder, lower.AsSpan(last, separator.Index - last));
            builder.Append(lower.AsSpan(separator.Index, separator.Length));
            last = separator.Index + separator.Length;
        }

        AppendWord(builder, lower.AsSpan(last));
        var joined = builder.ToString();
        joined = joined.Contains("weak", StringComparison.Ordinal) ? WeakForWeek().Replace(joined, "$1 week$2") : joined;
        joined = ChecklistMarks.Mark(joined);
        // Replacing single spaces by single spaces would only copy the string.
        return (joined.Contains("  ", StringComparison.Ordinal) || joined.Contains('\t', StringComparison.Ordinal)
            ? Spaces().Replace(joined, " ")
            : joined).Trim();
    }

    private static void AppendWord(StringBuilder builder, ReadOnlySpan<char> word)
    {
        if (WordsBySpan.TryGetValue(word, out var fixedWord))
        {
            builder.Append(fixedWord);
        }
        else
        {
            builder.Append(word);
        }
    }

    [GeneratedRegex("'")]
    private static partial Regex Apostrophe();

    [GeneratedRegex(@"\b(jaw|neck|chest|throat|heart|tongue|face|head|back|speech|breathing|voice|mouth|smile|calf|foot|hand|arm|leg|eye|eyelid|lid|pee|wee|urine|pulse)'s\b")]
    private static partial Regex BodyPartIs();

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
