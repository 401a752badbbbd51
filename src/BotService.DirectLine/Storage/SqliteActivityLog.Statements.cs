using BotService.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace BotService.DirectLine.Storage;

/// <summary>
/// The log's statements, prepared once on its one connection and reused: SQLite parses and plans each of them once,
/// not on every append and read. Not thread-safe: the log's lock guards the connection and them.
/// </summary>
public sealed partial class SqliteActivityLog
{
    private sealed class Statements : IDisposable
    {
        public Statements(SqliteConnection connection)
        {
            Connection = connection;
            Transactions = new SqliteLocalTransactions(connection);
            CreateConversation = Prepare("INSERT INTO directline_conversations(id, created, updated) VALUES ($id, $now, $now)", "$id", "$now");
            Conversation = Prepare("SELECT started, last_seq FROM directline_conversations WHERE id = $id", "$id");
            Start = Prepare("UPDATE directline_conversations SET started = 1 WHERE id = $id AND started = 0", "$id");
            LastStamp = Prepare("SELECT last_seq, last_micros FROM directline_conversations WHERE id = $id", "$id");
            Append = Prepare(
                "UPDATE directline_conversations SET last_seq = $seq, last_micros = $micros WHERE id = $id;" +
                "UPDATE directline_conversations SET updated = $micros WHERE id = $id AND updated < $micros - $lag;" +
                "INSERT INTO directline_activities(conversation_id, seq, type, json, created) VALUES ($id, $seq, $type, $json, $micros);",
                "$id", "$seq", "$micros", "$type", "$json", "$lag");
            ReadAfter = Prepare(
                "SELECT seq, type, json FROM directline_activities WHERE conversation_id = $id AND seq > $after ORDER BY seq LIMIT $max",
                "$id", "$after", "$max");
        }

        public SqliteConnection Connection { get; }

        /// <summary>BEGIN, COMMIT and ROLLBACK prepared once too; statements run inside need no transaction set.</summary>
        public SqliteLocalTransactions Transactions { get; }

        public SqliteCommand CreateConversation { get; }

        public SqliteCommand Conversation { get; }

        public SqliteCommand Start { get; }

        public SqliteCommand LastStamp { get; }

        public SqliteCommand Append { get; }

        public SqliteCommand ReadAfter { get; }

        /// <summary>The statement with its parameters set.</summary>
        public static SqliteCommand With(SqliteCommand command, params ReadOnlySpan<object> values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i];
            }

            return command;
        }

        public void Dispose()
        {
            foreach (var command in new[] { CreateConversation, Conversation, Start, LastStamp, Append, ReadAfter })
            {
                command.Dispose();
            }

            Transactions.Dispose();
            Connection.Dispose();
        }

        private SqliteCommand Prepare(string sql, params string[] parameters) => SqliteCommands.Prepare(Connection, sql, parameters);
    }
}
