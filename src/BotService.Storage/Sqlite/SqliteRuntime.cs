namespace BotService.Storage.Sqlite;

/// <summary>Loads the bundled native SQLite (e_sqlite3, with FTS5) once per process.</summary>
public static class SqliteRuntime
{
    private static readonly Lazy<bool> Initialized = new(() =>
    {
        SQLitePCL.Batteries_V2.Init();
        return true;
    });

    public static void EnsureInitialized() => _ = Initialized.Value;
}
