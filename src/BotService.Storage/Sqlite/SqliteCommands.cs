using Microsoft.Data.Sqlite;

namespace BotService.Storage.Sqlite;

/// <summary>Statements kept on a long-lived connection and run again with new values: SQLite parses each once.</summary>
public static class SqliteCommands
{
    /// <summary>A command for <paramref name="sql"/> with its named parameters, their values set before each run.</summary>
    public static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(parameters);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }
}
