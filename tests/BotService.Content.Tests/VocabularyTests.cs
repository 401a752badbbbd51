using BotService.Content.Retrieval;

namespace BotService.Content.Tests;

public sealed class VocabularyTests(RealContent content) : IClassFixture<RealContent>
{
    [Fact]
    public void CorrectsOneSlipFromFourLettersAndTwoFromEight()
    {
        var vocabulary = RealVocabulary();
        Assert.Equal("fasciculations", vocabulary.Correct("fasiculations"));
        Assert.Equal("electromyography", vocabulary.Correct("elecctromyograpphy"));
        Assert.Equal("cramp", vocabulary.Correct("cramq"));
        Assert.Null(vocabulary.Correct("zqxjk"));
    }

    [Fact]
    public void CorrectsTheLongestWordOfTheContentWithTwoLettersTooMany()
    {
        // "electrostimulation" (18 letters) is the longest word of the content: 20 letters is still within reach.
        Assert.Equal("electrostimulation", RealVocabulary().Correct("electrostimmulationn"));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(800)]
    [InlineData(2_000)]
    public void CorrectingAWordOfRandomLettersAllocatesLessThanFourKilobytesWhateverItsLength(int length)
    {
        var vocabulary = RealVocabulary();
        var word = RandomLetters(length);
        vocabulary.Correct(word);

        var before = GC.GetAllocatedBytesForCurrentThread();
        vocabulary.Correct(word);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 4 * 1024, $"correcting {length} random letters allocated {allocated:N0} bytes");
    }

    internal static string RandomLetters(int length)
    {
        var random = new Random(42);
        return new string([.. Enumerable.Range(0, length).Select(_ => (char)('a' + random.Next(26)))]);
    }

    private Vocabulary RealVocabulary() =>
        new(content.Base.Entries.Select(e => (IReadOnlyList<string>)Words.Split($"{e.Title} {string.Join(' ', e.Tags)} {e.PlainText}")).ToList(), []);
}
