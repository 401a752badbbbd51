using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BotService.Testing.DirectLine;
using BotService.Testing.Postgres;

namespace BotService.DirectLine.Tests;

/// <summary>
/// Data the PostgreSQL log cannot hold is the client's fault, not an outage: a 400, not a 503 that tells Web Chat to
/// retry and the operator that the database is down.
/// </summary>
public sealed class RefusedDataOnPostgresTests(PostgresServerFixture postgres) : IClassFixture<PostgresServerFixture>
{
    [Fact]
    public async Task AnActivityTypeWithANulCharacterGets400AndTheConversationCarriesOn()
    {
        await using var server = await DirectLineTestServer.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = await postgres.DatabaseForAsync<RefusedDataOnPostgresTests>(),
        });
        using var client = server.CreateClient();
        await client.StartAsync();

        // The type is stored in a text column of its own, and PostgreSQL text cannot hold NUL (SQLSTATE 22021).
        using var response = await client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{client.ConversationId}/activities",
            new StringContent("{\"type\":\"message\\u0000\",\"text\":\"hi\"}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetProperty("code").GetString());
        await client.PostMessageIdAsync("still here");
    }
}
