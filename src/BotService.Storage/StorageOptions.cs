using System.ComponentModel.DataAnnotations;

namespace BotService.Storage;

/// <summary>The <c>Storage</c> section of appsettings.json; the PostgreSQL connection string is <c>ConnectionStrings:Postgres</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";
    public const string PostgresConnectionStringName = "Postgres";

    public static readonly TimeSpan DefaultExpiry = TimeSpan.FromDays(7);

    /// <summary><c>Sqlite</c> (default), <c>Postgres</c> or <c>Memory</c>; a string so a typo gets a clear message.</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>The SQLite file, relative to the content root unless absolute.</summary>
    public string SqlitePath { get; set; } = "data/botstate.db";

    /// <summary>Items expire this many days after their last write.</summary>
    [Range(1, 3650)]
    public int ExpiryDays { get; set; } = 7;

    /// <summary>How often expired items are deleted, in minutes.</summary>
    [Range(1, 10080)]
    public int PurgeIntervalMinutes { get; set; } = 60;

    public TimeSpan Expiry => TimeSpan.FromDays(ExpiryDays);

    public StorageProvider GetProvider() =>
        TryParseProvider(Provider, out var kind)
            ? kind
            : throw new InvalidOperationException($"Storage:Provider '{Provider}' is not one of {string.Join(", ", Enum.GetNames<StorageProvider>())}.");

    /// <summary>Accepts the provider names only, case-insensitively (Enum.TryParse would also take "1").</summary>
    public static bool TryParseProvider(string? value, out StorageProvider provider)
    {
        foreach (var candidate in Enum.GetValues<StorageProvider>())
        {
            if (string.Equals(candidate.ToString(), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                provider = candidate;
                return true;
            }
        }

        provider = default;
        return false;
    }
}

public enum StorageProvider
{
    Sqlite,
    Postgres,
    Memory,
}
