using BotService.Resilience.Tests.Support;
using BotService.Testing.Postgres;
using Microsoft.Data.Sqlite;

namespace BotService.Resilience.Tests;

/// <summary>The host process killed with SIGKILL mid-load, restarted: every conversation continues where it was.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ProcessRestartTests(PostgresServerFixture postgres)
{
    /// <summary>Direct Line needs a shared signing key when the storage is PostgreSQL (several instances).</summary>
    public const string SigningKey = "c2hhcmVkLXRlc3Qta2V5LWZvci1ob3N0cy0wMTIzNDU2Nzg5YWJjZGVm";

    [Fact]
    public async Task AHostKilledMidLoadRestartsOnTheSameSqliteFileAndEveryConversationContinues()
    {
        using var folder = new TempFolder();
        var file = Path.Combine(folder.Path, "botstate.db");

        await Restarts.KillMidLoadAndResumeAsync(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__SqlitePath"] = file,
            ["DirectLine__SqlitePath"] = Path.Combine(folder.Path, "directline.db"),
        });

        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", check.ExecuteScalar() as string);
    }

    [Fact]
    public async Task AHostKilledMidLoadRestartsOnPostgresAndEveryConversationContinues()
    {
        var database = await postgres.DatabaseForAsync<ProcessRestartTests>();

        await Restarts.KillMidLoadAndResumeAsync(PostgresEnvironment(database));
    }

    [Fact]
    public async Task TwoHostProcessesOnOnePostgresDatabaseServeEachConversationAlternatelyWithoutLosingATurn()
    {
        var database = await postgres.DatabaseForAsync<ProcessRestartTests>();
        var environment = PostgresEnvironment(database);
        await using var first = await BotHostProcess.StartAsync(environment);
        await using var second = await BotHostProcess.StartAsync(environment);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        var conversations = ScriptedConversation.Many(7, "alternate-" + Guid.NewGuid().ToString("N")[..8]);

        // Every script once, each turn on the other host than the one before.
        foreach (var conversation in conversations)
        {
            while (!conversation.Finished)
            {
                var host = conversation.Played % 2 == 0 ? first : second;
                var error = await conversation.PlayNextAsync(http, host.BaseAddress);
                Assert.True(error is null, error + "\n" + first.Output + second.Output);
            }
        }

        // And all of them at once, interleaved across the two hosts.
        var again = ScriptedConversation.Many(14, "interleaved-" + Guid.NewGuid().ToString("N")[..8]);
        await Task.WhenAll(again.Select(async (conversation, i) =>
        {
            while (!conversation.Finished)
            {
                var host = (conversation.Played + i) % 2 == 0 ? first : second;
                var error = await conversation.PlayNextAsync(http, host.BaseAddress);
                Assert.True(error is null, error);
            }
        }));
    }

    public static Dictionary<string, string> PostgresEnvironment(string connectionString) => new()
    {
        ["Storage__Provider"] = "Postgres",
        ["ConnectionStrings__Postgres"] = connectionString,
        ["DirectLine__TokenSigningKey"] = SigningKey,
    };
}
