using Xunit.Abstractions;

namespace BotService.Content.Tests;

public sealed class QualityTests(RealContent content, ITestOutputHelper output) : IClassFixture<RealContent>
{
    [Fact]
    public void AnswersAtLeastNinetyPercentOfRealQuestionsWithTheRightEntry()
    {
        Assert.True(QualitySet.InScope.Count >= 60, "the quality set needs at least 60 questions");
        var misses = new List<string>();
        foreach (var (question, expected) in QualitySet.InScope)
        {
            var answer = content.Answerer.Answer(question);
            if (answer is null || !expected.Contains(answer.Entry.Id))
            {
                misses.Add($"{question} -> {answer?.Entry.Id ?? "(no answer)"} {answer?.Score:0.0} (expected {string.Join('|', expected)}) {content.Answerer.Explain(question)}");
            }
        }

        var accuracy = 1.0 - ((double)misses.Count / QualitySet.InScope.Count);
        output.WriteLine($"top-1 accuracy: {accuracy:P1} ({QualitySet.InScope.Count - misses.Count}/{QualitySet.InScope.Count})");
        misses.ForEach(output.WriteLine);
        Assert.True(accuracy >= 0.90, $"top-1 accuracy {accuracy:P1} is below 90%:\n{string.Join('\n', misses)}");
    }

    [Fact]
    public void DeclinesAtLeastNinetyFivePercentOfOutOfScopeQuestions()
    {
        Assert.True(QualitySet.OutOfScope.Count >= 15, "the quality set needs at least 15 out-of-scope questions");
        var answered = QualitySet.OutOfScope
            .Select(q => (Question: q, Answer: content.Answerer.Answer(q)))
            .Where(r => r.Answer is not null)
            .Select(r => $"{r.Question} -> {r.Answer!.Entry.Id} {r.Answer.Score:0.0} {content.Answerer.Explain(r.Question)}")
            .ToList();

        var declined = 1.0 - ((double)answered.Count / QualitySet.OutOfScope.Count);
        output.WriteLine($"out-of-scope declined: {declined:P1} ({QualitySet.OutOfScope.Count - answered.Count}/{QualitySet.OutOfScope.Count})");
        answered.ForEach(output.WriteLine);
        Assert.True(declined >= 0.95, $"only {declined:P1} of out-of-scope questions were declined:\n{string.Join('\n', answered)}");
    }
}
