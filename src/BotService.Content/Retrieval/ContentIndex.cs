using Microsoft.Data.Sqlite;

namespace BotService.Content.Retrieval;

/// <summary>
/// The passages in an in-memory SQLite FTS5 table (porter stemming over unicode61 words), ranked by bm25 with the
/// title and tags weighted above the body.
///
/// FTS5's bm25 floors a word's idf at (almost) zero once it appears in half the rows or more. In a content base
/// about twitching, "twitch" and "muscle" are in most passages, so without help they would stop counting at all.
/// The index therefore also holds <see cref="BackgroundFactor"/> neutral rows per passage, each a padding token
/// repeated to the passages' average column lengths (so length normalisation is unchanged). They never match a
/// query; they only keep every real word's idf positive and in proportion.
///
/// One connection, one prepared statement, used under a lock: a query
/// takes well under a millisecond, so sharing it is cheaper than a pool.
/// </summary>
internal sealed class ContentIndex : IDisposable
{
    // bm25 column weights: title, tags, body, concepts. A question usually names what an entry's title or tags say;
    // the concept column holds one token per synonym-group term, so a group counts once however it is worded.
    private const string RankFunction = "bm25(8.0, 5.0, 1.0, 2.0)";

    /// <summary>Neutral background rows per passage (see the class remarks).</summary>
    internal const int BackgroundFactor = 3;

    private const string PaddingToken = "zzbackground";

    private static readonly Lazy<bool> SqliteReady = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _search;
    private readonly SqliteParameter _match;
    private readonly SqliteParameter _limit;
    private readonly Lock _gate = new();

    public ContentIndex(IReadOnlyList<ContentEntry> entries, Func<ContentEntry, string> concepts)
    {
        _ = SqliteReady.Value;
        Entries = entries;
        _connection = new SqliteConnection("Data Source=:memory:");
        _connection.Open();
        Execute("CREATE VIRTUAL TABLE passages USING fts5(title, tags, body, concepts, tokenize='porter unicode61')");
        Execute($"INSERT INTO passages(passages, rank) VALUES('rank', '{RankFunction}')");
        Fill(entries, concepts);

        _search = _connection.CreateCommand();
        _search.CommandText = "SELECT rowid, rank FROM passages WHERE passages MATCH $match ORDER BY rank LIMIT $limit";
        _match = _search.Parameters.Add("$match", SqliteType.Text);
        _limit = _search.Parameters.Add("$limit", SqliteType.Integer);
        _match.Value = "\"x\"";
        _limit.Value = 1;
        _search.Prepare();
    }

    public IReadOnlyList<ContentEntry> Entries { get; }

    /// <summary>The best passages for an FTS5 match expression, best first; score = -bm25 (higher is better).</summary>
    public List<(ContentEntry Entry, double Score)> Search(string matchExpression, int top)
    {
        var results = new List<(ContentEntry, double)>(top);
        lock (_gate)
        {
            _match.Value = matchExpression;
            _limit.Value = top;
            using var reader = _search.ExecuteReader();
            while (reader.Read())
            {
                var row = (int)reader.GetInt64(0);
                if (row <= Entries.Count)
                {
                    results.Add((Entries[row - 1], -reader.GetDouble(1)));
                }
            }
        }

        return results;
    }

    public void Dispose()
    {
        _search.Dispose();
        _connection.Dispose();
    }

    private void Fill(IReadOnlyList<ContentEntry> entries, Func<ContentEntry, string> concepts)
    {
        using var transaction = _connection.BeginTransaction();
        using var insert = _connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO passages(rowid, title, tags, body, concepts) VALUES ($rowid, $title, $tags, $body, $concepts)";
        var rowid = insert.Parameters.Add("$rowid", SqliteType.Integer);
        var title = insert.Parameters.Add("$title", SqliteType.Text);
        var tags = insert.Parameters.Add("$tags", SqliteType.Text);
        var body = insert.Parameters.Add("$body", SqliteType.Text);
        var conceptColumn = insert.Parameters.Add("$concepts", SqliteType.Text);
        var columns = entries.Select(e => new[] { e.Title, string.Join(", ", e.Tags), e.PlainText, concepts(e) }).ToList();
        for (var i = 0; i < entries.Count; i++)
        {
            rowid.Value = i + 1;
            (title.Value, tags.Value, body.Value, conceptColumn.Value) = (columns[i][0], columns[i][1], columns[i][2], columns[i][3]);
            insert.ExecuteNonQuery();
        }

        var padding = Enumerable.Range(0, 4).Select(c => Padding(columns.Select(row => row[c]))).ToArray();
        for (var i = 0; i < entries.Count * BackgroundFactor; i++)
        {
            rowid.Value = entries.Count + i + 1;
            (title.Value, tags.Value, body.Value, conceptColumn.Value) = (padding[0], padding[1], padding[2], padding[3]);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    /// <summary>The padding token repeated to the average number of words in one column.</summary>
    private static string Padding(IEnumerable<string> column)
    {
        var average = (int)Math.Round(column.DefaultIfEmpty(string.Empty).Average(text => Retrieval.Words.Split(text).Count));
        return string.Join(' ', Enumerable.Repeat(PaddingToken, Math.Max(1, average)));
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
