extern alias cli;

using System.CommandLine;
using System.IO.Compression;
using System.Text.Json;
using BotService.Teams.Tests.Support;
using TeamsPackageCommand = cli::BotService.Cli.Commands.TeamsPackageCommand;

namespace BotService.Teams.Tests;

/// <summary><c>botservice teams-package</c>: the zip it writes passes the manifest and icon checks.</summary>
public sealed class TeamsPackageCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teams-package-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args)
    {
        var root = new RootCommand("test") { TeamsPackageCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task WritesAPackageThatPassesTheManifestRules()
    {
        var zipPath = Path.Combine(_folder, "out", "teams-app.zip");

        var (exitCode, output, _) = await RunAsync("teams-package", "--app-id", TeamsHostHarness.AppId, "--out", zipPath, "--domain", "twitch.example.org");

        Assert.Equal(0, exitCode);
        Assert.Contains("teams-app.zip", output, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(zipPath);
        using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        var manifest = (await JsonDocument.ParseAsync(manifestStream)).RootElement;
        Assert.Empty(TeamsManifestRules.Check(manifest, TeamsHostHarness.AppId));
        Assert.Equal(["twitch.example.org"], manifest.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
        Assert.NotNull(zip.GetEntry("color.png"));
        Assert.NotNull(zip.GetEntry("outline.png"));
    }

    [Theory]
    [InlineData("--app-id", "not-a-guid", "--out", "x.zip")]
    [InlineData("--app-id", "5b3a2c1d-1111-4222-8333-944455556666", "--out", "x.zip", "--domain", "https://twitch.example.org/")]
    [InlineData("--out", "x.zip")]
    public async Task RefusesBadArgumentsWithAClearErrorAndWritesNothing(params string[] args)
    {
        var fixedArgs = args.Select(a => a == "x.zip" ? Path.Combine(_folder, "x.zip") : a).ToArray();

        var (exitCode, _, error) = await RunAsync(["teams-package", .. fixedArgs]);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "x.zip")));
    }
}
