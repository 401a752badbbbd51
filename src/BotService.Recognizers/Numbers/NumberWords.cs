using System.Collections.Frozen;

namespace BotService.Recognizers.Numbers;

/// <summary>English number vocabulary (cardinals, scales, fraction denominators, ordinals).</summary>
internal static class NumberWords
{
    public static readonly FrozenDictionary<string, int> Units = new Dictionary<string, int>
    {
        ["zero"] = 0, ["nought"] = 0, ["naught"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4,
        ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Teens = new Dictionary<string, int>
    {
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Tens = new Dictionary<string, int>
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>
    {
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Denominators: "two thirds", "three quarters", "a half".</summary>
    public static readonly FrozenDictionary<string, int> Denominators = new Dictionary<string, int>
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4,
        ["fourth"] = 4, ["fourths"] = 4, ["fifth"] = 5, ["fifths"] = 5, ["sixth"] = 6, ["sixths"] = 6,
        ["seventh"] = 7, ["sevenths"] = 7, ["eighth"] = 8, ["eighths"] = 8, ["ninth"] = 9, ["ninths"] = 9,
        ["tenth"] = 10, ["tenths"] = 10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Dozens =
        new[] { "dozen", "dozens", "doz", "dozs", "dz", "dzs" }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> Ordinals = new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
        ["thirteenth"] = 13, ["fourteenth"] = 14, ["fifteenth"] = 15, ["sixteenth"] = 16, ["seventeenth"] = 17,
        ["eighteenth"] = 18, ["nineteenth"] = 19, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40,
        ["fiftieth"] = 50, ["sixtieth"] = 60, ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90,
        ["hundredth"] = 100, ["thousandth"] = 1000,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words after which "one" is a pronoun ("which one", "the one you mentioned"), not a number.</summary>
    public static readonly FrozenSet<string> PronounOneDeterminers = new[]
    {
        "the", "this", "that", "which", "each", "every", "any", "another", "no", "some", "my", "your", "his", "her",
        "its", "our", "their", "other", "only", "same", "last", "next", "first", "right", "left", "big", "small",
        "little", "new", "old", "good", "bad", "other",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsCardinalWord(string word) =>
        Units.ContainsKey(word) || Teens.ContainsKey(word) || Tens.ContainsKey(word) || word == "hundred" || Scales.ContainsKey(word);
}
