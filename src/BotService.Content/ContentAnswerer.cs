using System.Diagnostics;
using BotService.Content.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotService.Content;

/// <summary>
/// Question answering over the content base: the question is analysed (stop words, phrases, spelling, synonyms),
/// searched in the FTS5 index, and answered with the best passage only when enough of the question is known to
/// the content base (<see cref="ContentOptions.MinCoverage"/>) and the match is strong enough
/// (<see cref="ContentOptions.MinScore"/>).
/// </summary>
public sealed class ContentAnswerer : IContentAnswerer, IDisposable
{
    /// <summary>Above this many passages, search selective words in titles and tags first (see Search).</summary>
    internal const int LargeIndexSize = 2_000;

    /// <summary>A word in more than this share of passages is not selective.</summary>
    internal const double SelectiveShare = 0.05;

    private readonly ContentIndex _index;
    private readonly QueryAnalyzer _analyzer;
    private readonly double _minScore;
    private readonly double _minCoverage;
    private readonly ILogger _logger;

    public ContentAnswerer(ContentBase contentBase, ContentOptions options, ILogger<ContentAnswerer>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(contentBase);
        ArgumentNullException.ThrowIfNull(options);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        var started = Stopwatch.GetTimestamp();
        var synonyms = contentBase.Synonyms;
        _index = new ContentIndex(contentBase.Entries, e => string.Join(' ', synonyms.ConceptsIn(WordsOf(e))));
        var topical = contentBase.Entries.SelectMany(e => Words.Split($"{e.Title} {string.Join(' ', e.Tags)}"))
            .Concat(synonyms.Groups.SelectMany(g => g).SelectMany(Words.Split));
        var vocabulary = new Vocabulary(contentBase.Entries.Select(WordsOf).ToList(), topical);
        _analyzer = new QueryAnalyzer(vocabulary, contentBase.Synonyms, contentBase.StopWords);
        _minScore = options.MinScore;
        _minCoverage = options.MinCoverage;
        ContentLog.IndexBuilt(_logger, contentBase.Entries.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public ContentAnswer? Answer(string question)
    {
        var query = _analyzer.Analyze(question ?? string.Empty);
        var best = Search(query, 1).FirstOrDefault();
        if (best is null || query.Coverage < _minCoverage || best.Score < _minScore)
        {
            ContentLog.NoAnswer(_logger, query.Coverage, best?.Score ?? 0);
            return null;
        }

        ContentLog.Answered(_logger, best.Entry.Id, best.Score, query.Coverage);
        return new ContentAnswer(best.Entry, best.Score, best.Entry.Sources);
    }

    public IReadOnlyList<ScoredPassage> Search(string question, int top = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        return Search(_analyzer.Analyze(question ?? string.Empty), top);
    }

    /// <summary>What the analyser made of a question: the terms, the match expression and the coverage (for the CLI and tests).</summary>
    public string Explain(string question)
    {
        var query = _analyzer.Analyze(question ?? string.Empty);
        var terms = string.Join(", ", query.Terms.Select(t =>
            (t.Typed == t.Searched ? t.Typed : $"{t.Typed}->{t.Searched}") + (t.Known ? string.Empty : "?")));
        return $"terms: [{terms}] coverage: {query.Coverage:0.00}";
    }

    public void Dispose() => _index.Dispose();

    private List<ScoredPassage> Search(AnalyzedQuery query, int top)
    {
        if (query.MatchExpression is null)
        {
            return [];
        }

        // FTS5 computes bm25 for every matching row before it can sort, and in a large index a common word
        // ("muscle") matches most rows. Above LargeIndexSize passages we therefore rank on the question's selective
        // words in titles and tags first, and widen to the full expression only when that finds too little.
        var results = _index.Entries.Count > LargeIndexSize && query.SelectiveExpression(_index.Entries.Count, SelectiveShare) is { } selective
            ? _index.Search(selective, top)
            : [];
        if (results.Count < top)
        {
            results = _index.Search(query.MatchExpression, top);
        }

        return results.Select(r => new ScoredPassage(r.Entry, r.Score)).ToList();
    }

    private static IReadOnlyList<string> WordsOf(ContentEntry entry) =>
        Words.Split($"{entry.Title} {string.Join(' ', entry.Tags)} {entry.PlainText}");
}
