using BotService.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace BotService.Testing.Storage;

/// <summary>
/// Several <see cref="SqliteStorage"/> clients on one SQLite file in a fresh folder, as several host processes
/// would open it; disposing closes them all and deletes the folder.
/// </summary>
public sealed class SqliteStorageClients(string prefix = "botservice-sqlite-") : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory(prefix).FullName;
    private readonly List<SqliteStorage> _clients = [];

    public SqliteStorage Connect()
    {
        var client = new SqliteStorage(Path.Combine(_folder, "botstate.db"));
        _clients.Add(client);
        return client;
    }

    public void Dispose()
    {
        _clients.ForEach(c => c.Dispose());
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
