using System.Text.RegularExpressions;
using BotService.Dialogs.Tests.Support;
using BotService.Dialogs.Understanding;

namespace BotService.Dialogs.Tests;

/// <summary>
/// Plain ASCII text is normalised in one pass without regular expressions; it must give what the rules give (lower
/// case, apostrophes dropped, every other run of what is not a letter or digit one space, trimmed).
/// </summary>
public sealed partial class NormalizeTests
{
    public static TheoryData<string> Samples() =>
    [
        "", " ", "I don't know!", "  Not   sure?? ", "A red, swollen or sticky eye", "1-2 weeks", "More than 2 weeks",
        "'quoted'", "tabs\tand\nlines", "under_score & ampersand", "café ok", "it’s fine", "ÉCLAIR", "x", "...", "a ' b",
        "CP? yes. SOB? no.", "Delete my data please", "ALL CAPS 123",
    ];

    [Theory]
    [MemberData(nameof(Samples))]
    public void NormalisingGivesWhatTheRulesGive(string text) => Assert.Equal(ByTheRules(text), Utterances.Normalize(text));

    [Fact]
    public void NormalisingEveryCaseMessageGivesWhatTheRulesGive()
    {
        foreach (var message in TriageCase.Load("cases.json").SelectMany(c => c.Turns))
        {
            Assert.Equal(ByTheRules(message), Utterances.Normalize(message));
        }
    }

    private static string ByTheRules(string text)
    {
        var lower = text.Trim().ToLowerInvariant().Replace("’", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
        return Spaces().Replace(Punctuation().Replace(lower, " "), " ").Trim();
    }

    [GeneratedRegex(@"[^\p{L}\p{N} ]+")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
