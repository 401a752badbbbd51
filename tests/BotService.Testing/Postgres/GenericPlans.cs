using Npgsql;

namespace BotService.Testing.Postgres;

/// <summary>
/// The plan PostgreSQL keeps for a prepared statement once it stops planning each run anew (its generic plan): the
/// connection must have run <c>SET plan_cache_mode = force_generic_plan</c>.
/// </summary>
public static class GenericPlans
{
    public static async Task<string> ExplainAsync(NpgsqlConnection connection, string sql, string parameterTypes, string arguments)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var name = $"plan_{Guid.NewGuid():N}";
        await using var command = new NpgsqlCommand($"PREPARE {name}({parameterTypes}) AS {sql}; EXPLAIN EXECUTE {name}({arguments})", connection);
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        do
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                plan.Add(reader.GetString(0));
            }
        }
        while (await reader.NextResultAsync().ConfigureAwait(false));

        return string.Join('\n', plan);
    }
}
