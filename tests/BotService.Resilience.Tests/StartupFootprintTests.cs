using BotService.Resilience.Tests.Support;

namespace BotService.Resilience.Tests;

/// <summary>
/// A host on SQLite without an app id never loads the PostgreSQL driver, MSAL or the XML stack: each would only add
/// resident memory (the memory target is under 150 MB after 10,000 conversations). Read from the process's own
/// memory map after it has served whole conversations.
/// </summary>
public sealed class StartupFootprintTests
{
    [Fact]
    public async Task AHostOnSqliteWithoutAnAppIdNeverLoadsNpgsqlMsalOrXml()
    {
        using var folder = new TempFolder();
        await using var host = await BotHostProcess.StartAsync(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__SqlitePath"] = Path.Combine(folder.Path, "botstate.db"),
            ["DirectLine__SqlitePath"] = Path.Combine(folder.Path, "directline.db"),
            ["MicrosoftAppId"] = string.Empty,
        });
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        foreach (var conversation in ScriptedConversation.Many(3, "footprint-" + Guid.NewGuid().ToString("N")[..8]))
        {
            while (!conversation.Finished)
            {
                var error = await conversation.PlayNextAsync(http, host.BaseAddress);
                Assert.True(error is null, error + "\n" + host.Output);
            }
        }

        var mapped = await File.ReadAllTextAsync($"/proc/{host.Pid}/maps");

        Assert.Contains("BotService.Dialogs.dll", mapped, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql.dll", mapped, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.Identity.Client.dll", mapped, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Private.Xml.dll", mapped, StringComparison.Ordinal);
    }
}
