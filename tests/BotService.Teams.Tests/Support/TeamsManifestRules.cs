using System.Text.Json;
using System.Text.RegularExpressions;

namespace BotService.Teams.Tests.Support;

/// <summary>
/// The manifest rules the package must pass, from the Teams app manifest reference and apps-package.md
/// (protocol.md §6.8): schema version, required fields and their lengths, GUID ids, bot scopes, command limits,
/// https developer URLs, a #RRGGBB accent colour, valid domains without scheme.
/// </summary>
internal static partial class TeamsManifestRules
{
    private static readonly string[] AllowedScopes = ["personal", "team", "groupChat", "copilot"];

    public static IReadOnlyList<string> Check(JsonElement m, string expectedBotId)
    {
        var problems = new List<string>();
        void Require(bool ok, string problem)
        {
            if (!ok)
            {
                problems.Add(problem);
            }
        }

        var manifestVersion = Str(m, "manifestVersion");
        Require(manifestVersion is not null && Version.TryParse(manifestVersion, out var v) && v >= new Version(1, 17), "manifestVersion must be 1.17 or newer");
        Require(Str(m, "$schema") == $"https://developer.microsoft.com/json-schemas/teams/v{manifestVersion}/MicrosoftTeams.schema.json", "$schema must match manifestVersion");
        Require(Str(m, "version") is { } version && SemVer().IsMatch(version), "version must be a semantic version");
        Require(Guid.TryParseExact(Str(m, "id"), "D", out _), "id must be a GUID");
        Require(Length(m, "developer", "name") is > 0 and <= 32, "developer.name is required (at most 32 characters)");
        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Require(Uri.TryCreate(Str(m, "developer", url), UriKind.Absolute, out var u) && u.Scheme == "https", $"developer.{url} must be an https URL");
        }

        Require(Length(m, "name", "short") is > 0 and <= 30, "name.short is required (at most 30 characters)");
        Require(Length(m, "name", "full") is null or <= 100, "name.full is at most 100 characters");
        Require(Length(m, "description", "short") is > 0 and <= 80, "description.short is required (at most 80 characters)");
        Require(Length(m, "description", "full") is > 0 and <= 4000, "description.full is required (at most 4000 characters)");
        Require(Str(m, "icons", "color") is { Length: > 0 } && Str(m, "icons", "outline") is { Length: > 0 }, "icons.color and icons.outline are required");
        Require(Str(m, "accentColor") is { } color && AccentColor().IsMatch(color), "accentColor must be #RRGGBB");

        var bots = m.TryGetProperty("bots", out var b) ? b.EnumerateArray().ToList() : [];
        Require(bots.Count == 1, "exactly one bot is declared");
        foreach (var bot in bots)
        {
            Require(Str(bot, "botId") == expectedBotId, "bots[].botId must be the bot's app id");
            var scopes = bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ToList();
            Require(scopes.Count > 0 && scopes.All(s => AllowedScopes.Contains(s)), "bots[].scopes must be known scopes");
            foreach (var list in bot.TryGetProperty("commandLists", out var lists) ? lists.EnumerateArray() : Enumerable.Empty<JsonElement>())
            {
                var commands = list.GetProperty("commands").EnumerateArray().ToList();
                Require(commands.Count <= 10, "at most 10 commands per list (12 from 1.24; 10 is safe everywhere)");
                Require(commands.All(c => Length(c, "title") is > 0 and <= 32 && Length(c, "description") is > 0 and <= 128), "command titles are at most 32 characters, descriptions at most 128");
            }
        }

        foreach (var domain in m.TryGetProperty("validDomains", out var domains) ? domains.EnumerateArray() : Enumerable.Empty<JsonElement>())
        {
            Require(domain.GetString() is { } d && !d.Contains("://", StringComparison.Ordinal) && !d.Contains('/', StringComparison.Ordinal), "validDomains hold host names without scheme or path");
        }

        return problems;
    }

    private static string? Str(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return null;
            }
        }

        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }

    private static int? Length(JsonElement element, params string[] path) => Str(element, path)?.Length;

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex SemVer();

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex AccentColor();
}
