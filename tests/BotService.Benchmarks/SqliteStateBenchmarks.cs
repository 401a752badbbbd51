using BenchmarkDotNet.Attributes;
using BotService.Storage;
using BotService.Storage.Sqlite;

namespace BotService.Benchmarks;

/// <summary>
/// What one turn asks of the SQLite state store: the three state keys read in one call (two of them stored: the
/// conversation's small document and a mid-conversation dialog state of about 1.2 KB, the size where overflow pages
/// begin), then the changed dialog state written back under its ETag. Many conversations, so reads and writes land
/// on different pages, as under load. A real file in a temp folder (WAL).
/// </summary>
[MemoryDiagnoser]
public class SqliteStateBenchmarks
{
    private const int Conversations = 20_000;
    private string _folder = null!;
    private SqliteStorage _storage = null!;
    private Dictionary<string, object>[] _states = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("state-bench-").FullName;
        _storage = new SqliteStorage(Path.Combine(_folder, "state.db"));
        var dialogState = new string('d', 1200);
        _states = new Dictionary<string, object>[Conversations];
        for (var c = 0; c < Conversations; c++)
        {
            _storage.WriteAsync(new Dictionary<string, object> { [Owner(c)] = new Doc { Text = $"user-{c}" } }).GetAwaiter().GetResult();
            var state = new Doc { Text = dialogState };
            _storage.WriteAsync(new Dictionary<string, object> { [DialogKey(c)] = state }).GetAwaiter().GetResult();
            _states[c] = new Dictionary<string, object> { [DialogKey(c)] = state };
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _storage.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "read 3 keys + conditional write")]
    public async Task<int> Turn()
    {
        var c = _next++ % Conversations;
        var read = await _storage.ReadAsync([Owner(c), DialogKey(c), $"users/{c}"]);
        var state = _states[c];
        ((Doc)state[DialogKey(c)]).Number++;
        await _storage.WriteAsync(state);
        return read.Count;
    }

    private static string Owner(int c) => $"directline/conversations/bench-{c:x8}";

    private static string DialogKey(int c) => $"directline/conversations/bench-{c:x8}/users/user-{c:x8}";

    public sealed class Doc : IStoreItem
    {
        public string? Text { get; set; }

        public int Number { get; set; }

        public string? ETag { get; set; }
    }
}
