using System.CommandLine;
using System.IO.Compression;
using System.Text.Json;
using BotService.Cli.Commands;
using BotService.Teams.AppPackage;

namespace BotService.Cli.Tests;

/// <summary>
/// <c>botservice teams-package</c>: writes the app zip for the given bot. The manifest and icon rules themselves are
/// checked on the same package in tests/BotService.Teams.Tests (AppPackageTests).
/// </summary>
public sealed class TeamsPackageCommandTests : IDisposable
{
    private const string AppId = "5b3a2c1d-1111-4222-8333-944455556666";

    private readonly string _folder = Directory.CreateTempSubdirectory("teams-package-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand("test") { TeamsPackageCommand.Create() };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task WritesTheAppPackageForTheGivenBotAndDomain()
    {
        var zipPath = Path.Combine(_folder, "out", "teams-app.zip");

        var (exitCode, output, _) = await RunAsync("teams-package", "--app-id", AppId, "--out", zipPath, "--domain", "twitch.example.org", "--version", "1.2.3");

        Assert.Equal(0, exitCode);
        Assert.Contains("teams-app.zip", output, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        await using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        var manifest = (await JsonDocument.ParseAsync(manifestStream)).RootElement;
        Assert.Equal(TeamsManifest.ManifestVersion, manifest.GetProperty("manifestVersion").GetString());
        Assert.Equal(AppId, manifest.GetProperty("id").GetString());
        Assert.Equal(AppId, manifest.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Equal("1.2.3", manifest.GetProperty("version").GetString());
        Assert.Equal(["twitch.example.org"], manifest.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
    }

    [Theory]
    [InlineData("--app-id", "not-a-guid", "--out", "x.zip")]
    [InlineData("--app-id", AppId, "--out", "x.zip", "--domain", "https://twitch.example.org/")]
    [InlineData("--out", "x.zip")]
    public async Task RefusesBadArgumentsWithAClearErrorAndWritesNothing(params string[] args)
    {
        var withFolder = args.Select(a => a == "x.zip" ? Path.Combine(_folder, "x.zip") : a).ToArray();

        var (exitCode, _, error) = await RunAsync(["teams-package", .. withFolder]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "x.zip")));
    }
}
