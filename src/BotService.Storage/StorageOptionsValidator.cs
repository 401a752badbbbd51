using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace BotService.Storage;

/// <summary>Checks the settings that data annotations cannot: the provider name and the Postgres connection string.</summary>
internal sealed class StorageOptionsValidator(IConfiguration configuration) : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (!StorageOptions.TryParseProvider(options.Provider, out var kind))
        {
            return ValidateOptionsResult.Fail(
                $"Storage:Provider '{options.Provider}' is not one of {string.Join(", ", Enum.GetNames<StorageProvider>())}.");
        }

        if (kind == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(options.SqlitePath))
        {
            return ValidateOptionsResult.Fail("Storage:SqlitePath is empty; give a file path (default data/botstate.db).");
        }

        if (kind == StorageProvider.Postgres)
        {
            var connectionString = configuration.GetConnectionString(StorageOptions.PostgresConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                return ValidateOptionsResult.Fail("Storage:Provider is Postgres but ConnectionStrings:Postgres is empty.");
            }

            if (ConnectionStringProblem(connectionString) is { } problem)
            {
                return ValidateOptionsResult.Fail($"ConnectionStrings:Postgres is not a valid connection string: {problem}");
            }
        }

        return ValidateOptionsResult.Success;
    }

    // Npgsql is named only here, so a host on SQLite never loads it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? ConnectionStringProblem(string connectionString)
    {
        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            return null;
        }
        catch (ArgumentException ex)
        {
            return ex.Message;
        }
    }
}
