namespace BotService.Content.Tests;

public sealed class RetrievalTests(RealContent content) : IClassFixture<RealContent>
{
    [Theory]
    [InlineData("what is an EMG", "tests-emg")]
    [InlineData("what's electromyography", "tests-emg")]
    [InlineData("which doctor should I see?", "which-doctor")]
    [InlineData("can magnesium help?", "faq-magnesium")]
    [InlineData("what causes muscle twitches?", "causes-overview")]
    public void AnswersTheQuestionsTheIssueNames(string question, string expected) =>
        Assert.Equal(expected, content.Answerer.Answer(question)?.Entry.Id);

    [Fact]
    public void CorrectsTypingMistakes()
    {
        Assert.Equal("type-fasciculations", content.Answerer.Answer("what are fasiculations")?.Entry.Id);
        Assert.Equal("tests-emg", content.Answerer.Answer("what is electromiography")?.Entry.Id);
        Assert.Contains("electromiography->electromyography", content.Answerer.Explain("electromiography"), StringComparison.Ordinal);
    }

    [Fact]
    public void ExpandsDomainSynonyms()
    {
        // "charley horse" appears in no passage text as the question words; the synonym list maps it to cramps.
        var answer = content.Answerer.Answer("what do i do about a charlie horse");
        Assert.NotNull(answer);
        Assert.Contains(answer.Entry.Id, new[] { "selfcare-cramps", "what-is-a-cramp" });
    }

    [Fact]
    public void ReturnsRankedPassagesWithScores()
    {
        var passages = content.Answerer.Search("eyelid twitch caffeine", top: 5);
        Assert.Equal(5, passages.Count);
        Assert.True(passages.Zip(passages.Skip(1)).All(p => p.First.Score >= p.Second.Score));
        Assert.All(passages, p => Assert.True(p.Score > 0));
        Assert.Equal(passages.Count, passages.Select(p => p.Entry.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("what is the")]
    [InlineData("\"OR\" NEAR( *")]
    [InlineData("what's the weather tomorrow")]
    public void ReportsNoAnswerForEmptyOrUnknownQuestions(string question)
    {
        Assert.Null(content.Answerer.Answer(question));
    }

    [Fact]
    public void AnswerCarriesTheEntrysSources()
    {
        var answer = content.Answerer.Answer("how do i stop my eye twitching");
        Assert.NotNull(answer);
        Assert.Equal(answer.Entry.Sources, answer.Sources);
        Assert.Contains(answer.Sources, s => s.Url is not null);
    }

    [Fact]
    public void NumbersOneCitationPerSourceWithASourceLine()
    {
        var answer = content.Answerer.Answer("what is an EMG");
        Assert.NotNull(answer);
        Assert.Equal(Enumerable.Range(1, answer.Sources.Count), answer.Citations.Select(c => c.Position));
        Assert.Equal("Muscle twitches: symptoms, causes, and treatment (003)", answer.Citations[0].Name);
        Assert.Null(answer.Citations[0].Url);
        Assert.StartsWith("Sources: Muscle twitches: symptoms, causes, and treatment (003); ", answer.SourceLine, StringComparison.Ordinal);
    }

    [Fact]
    public void AnsweringAQuestionAboutEightHundredRandomLettersAllocatesLessThanSixtyFourKilobytes()
    {
        // The exploratory tester's message: "what does <800 random letters> mean?" allocated about 1 GB.
        var question = "what does " + VocabularyTests.RandomLetters(800) + " mean?";
        content.Answerer.Answer(question);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var answer = content.Answerer.Answer(question);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Null(answer);
        Assert.True(allocated < 64 * 1024, $"answering allocated {allocated:N0} bytes");
    }

    [Fact]
    public void AnswersSafelyFromManyThreadsAtOnce()
    {
        var results = new string?[64];
        Parallel.For(0, results.Length, i => results[i] = content.Answerer.Answer("what is an EMG")?.Entry.Id);
        Assert.All(results, id => Assert.Equal("tests-emg", id));
    }
}
