using System.IO.Compression;
using System.Text.Json;
using BotService.Teams.AppPackage;
using BotService.Teams.Tests.Support;

namespace BotService.Teams.Tests;

public class AppPackageTests
{
    private static readonly Guid BotAppId = Guid.Parse("5b3a2c1d-1111-4222-8333-944455556666");

    private static async Task<Dictionary<string, byte[]>> PackageAsync(TeamsPackageSettings settings)
    {
        using var zipStream = new MemoryStream();
        await TeamsAppPackage.WriteAsync(zipStream, settings);
        zipStream.Position = 0;
        using var zip = new ZipArchive(zipStream, ZipArchiveMode.Read);
        var files = new Dictionary<string, byte[]>();
        foreach (var entry in zip.Entries)
        {
            using var content = entry.Open();
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            files[entry.FullName] = copy.ToArray();
        }

        return files;
    }

    [Fact]
    public async Task ThePackageHoldsTheManifestAndBothIconsAtItsRoot()
    {
        var files = await PackageAsync(new TeamsPackageSettings(BotAppId) { Domain = "twitch.example.org" });

        Assert.Equal(["color.png", "manifest.json", "outline.png"], files.Keys.Order());
    }

    [Fact]
    public async Task TheManifestPassesTheManifestRules()
    {
        var files = await PackageAsync(new TeamsPackageSettings(BotAppId) { Domain = "twitch.example.org" });
        var manifest = JsonDocument.Parse(files["manifest.json"]).RootElement;

        Assert.Empty(TeamsManifestRules.Check(manifest, BotAppId.ToString("D")));
        Assert.Equal("1.30", manifest.GetProperty("manifestVersion").GetString());
        Assert.Equal(["personal", "team", "groupChat"], manifest.GetProperty("bots")[0].GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.False(manifest.GetProperty("bots")[0].GetProperty("supportsFiles").GetBoolean());
        Assert.False(manifest.GetProperty("bots")[0].GetProperty("isNotificationOnly").GetBoolean());
        Assert.Equal(["twitch.example.org"], manifest.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("https://twitch.example.org/privacy", manifest.GetProperty("developer").GetProperty("privacyUrl").GetString());
    }

    [Fact]
    public void TheRulesCatchABrokenManifest()
    {
        var broken = JsonDocument.Parse("""
            {"manifestVersion":"1.16","$schema":"https://developer.microsoft.com/json-schemas/teams/v1.16/MicrosoftTeams.schema.json",
             "version":"1.0","id":"not-a-guid","developer":{"name":"x","websiteUrl":"http://x"},
             "name":{"short":"A name that is far too long for the Teams short name"},"description":{"short":"s"},
             "icons":{"color":"color.png"},"accentColor":"teal","bots":[{"botId":"other","scopes":["everywhere"]}],
             "validDomains":["https://x.org/path"]}
            """).RootElement;

        var problems = TeamsManifestRules.Check(broken, BotAppId.ToString("D"));

        Assert.Contains("manifestVersion must be 1.17 or newer", problems);
        Assert.Contains("id must be a GUID", problems);
        Assert.Contains("version must be a semantic version", problems);
        Assert.Contains("bots[].botId must be the bot's app id", problems);
        Assert.Contains("bots[].scopes must be known scopes", problems);
        Assert.Contains("validDomains hold host names without scheme or path", problems);
        Assert.True(problems.Count >= 10);
    }

    [Fact]
    public async Task UsesASeparateTeamsAppIdWhenGivenOne()
    {
        var teamsAppId = Guid.Parse("0e6f1f2a-7b8c-4d9e-a0b1-c2d3e4f5a6b7");
        var files = await PackageAsync(new TeamsPackageSettings(BotAppId) { TeamsAppId = teamsAppId });
        var manifest = JsonDocument.Parse(files["manifest.json"]).RootElement;

        Assert.Equal(teamsAppId.ToString("D"), manifest.GetProperty("id").GetString());
        Assert.Equal(BotAppId.ToString("D"), manifest.GetProperty("bots")[0].GetProperty("botId").GetString());
        Assert.Empty(TeamsManifestRules.Check(manifest, BotAppId.ToString("D")));
    }

    [Fact]
    public async Task TheColorIconIs192SquareAndOpaque()
    {
        var icon = PngImage.Read((await PackageAsync(new TeamsPackageSettings(BotAppId)))["color.png"]);

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), p => Assert.Equal(255, p.A));
        Assert.True(icon.Pixels().Distinct().Count() > 2, "the colour icon draws a mark, not a flat square");
    }

    [Fact]
    public async Task TheOutlineIconIs32SquareWhiteOnTransparent()
    {
        var icon = PngImage.Read((await PackageAsync(new TeamsPackageSettings(BotAppId)))["outline.png"]);

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.All(icon.Pixels().Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(icon.Pixels(), p => p.A == 0);
        Assert.Contains(icon.Pixels(), p => p.A == 255);
        Assert.Equal(0, icon.Pixel(0, 0).A);
    }
}
