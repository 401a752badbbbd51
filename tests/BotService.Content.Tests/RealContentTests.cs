using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using BotService.Content.Loading;

namespace BotService.Content.Tests;

/// <summary>Checks over the real content files, as they ship in the build output.</summary>
public sealed class RealContentTests(RealContent content) : IClassFixture<RealContent>
{
    /// <summary>Ids the triage answers and the dialogs rely on (listed in src/BotService.Content/README.md).</summary>
    public static TheoryData<string> TriageIds { get; } = new()
    {
        "selfcare-eyelid-twitch", "selfcare-cramps", "selfcare-exercise-cramps", "selfcare-pregnancy-cramps",
        "selfcare-twitching", "safety-net-twitching", "safety-net-cramps", "safety-net-eyelid", "emergency-signs",
        "urgent-signs", "emergency-advice-wording", "which-doctor", "tests-emg", "faq-als-worry", "about-this-bot",
    };

    [Fact]
    public void LoadsWithoutProblemsAndHasEnoughEntries()
    {
        // RealContent loads through ContentLoader, which throws listing every problem; reaching here means none.
        Assert.InRange(content.Base.Entries.Count, 40, 90);
    }

    [Theory]
    [MemberData(nameof(TriageIds))]
    public void HasEveryEntryTheTriageUses(string id) => Assert.True(content.Base.TryGet(id, out _), $"missing entry '{id}'");

    [Fact]
    public void CitesEverySeedDocument()
    {
        var cited = content.Base.Entries.SelectMany(e => e.Sources).Select(s => s.Id).ToHashSet();
        Assert.All(new[] { "000", "001", "002", "003" }, seed => Assert.Contains(seed, cited));
    }

    [Fact]
    public void EveryEntryHasATitleASourceAndABody()
    {
        Assert.All(content.Base.Entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Title));
            Assert.NotEmpty(e.Sources);
            Assert.True(e.PlainText.Length > 80, $"{e.Id} is too short to answer anything");
        });
    }

    [Fact]
    public void NoEntryOpensWithABareYesThatWouldConfirmACauseThePersonSuggests()
    {
        // "thats just stress right?" is answered from these entries in the middle of the questions: an opening "Yes"
        // would read as a diagnosis before the questions are done.
        Assert.All(content.Base.Entries, e => Assert.False(
            Regex.IsMatch(e.Text, @"^\s*Yes\b", RegexOptions.IgnoreCase), $"{e.Id} opens with yes"));
    }

    [Fact]
    public void CarriesNoWebPageDebrisFromTheSeeds()
    {
        string[] debris = ["Get Enquiry", "No Record Found", "[ad_", "wpdreams", "Ivanov", "Your thoughts", "User avatar",
            "our medical clinic", "Couldn't find what you"];
        Assert.All(content.Base.Entries, e => Assert.All(debris, d => Assert.DoesNotContain(d, e.Body, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void CopiesNoRunOfEightWordsFromTheSeeds()
    {
        var seedShingles = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "QualitySet", "seed-shingles.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);
        Assert.True(seedShingles.Count > 1000);

        var copied = (from entry in content.Base.Entries
                      let words = WordsOf(entry.Body)
                      from i in Enumerable.Range(0, Math.Max(0, words.Count - 7))
                      let run = string.Join(' ', words.Skip(i).Take(8))
                      where seedShingles.Contains(Hash(run))
                      select $"{entry.Id}: \"{run}\"").ToList();
        Assert.True(copied.Count == 0, "copied from a seed:\n" + string.Join('\n', copied));
    }

    [Fact]
    public void MessageTextJoinsTheEditorsLineWrapping()
    {
        var entry = content.Base.Get("what-is-a-twitch");
        Assert.DoesNotContain('\n', entry.Text);
        Assert.StartsWith("A muscle twitch is", entry.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsTheSameFolderTheOptionsPointAt()
    {
        var path = new ContentOptions().ResolveDataPath();
        Assert.Equal(content.Base.Entries.Count, ContentLoader.Load(path).Entries.Count);
    }

    private static List<string> WordsOf(string text) =>
        Regex.Matches(text.Replace("'", string.Empty, StringComparison.Ordinal).Replace("\u2019", string.Empty, StringComparison.Ordinal).ToLowerInvariant(), "[a-z0-9]+")
            .Select(m => m.Value)
            .ToList();

    private static string Hash(string run) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(run)))[..16];
}
