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

            try
            {
                _ = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            }
            catch (ArgumentException ex)
            {
                return ValidateOptionsResult.Fail($"ConnectionStrings:Postgres is not a valid connection string: {ex.Message}");
            }
        }

        return ValidateOptionsResult.Success;
    }
}
