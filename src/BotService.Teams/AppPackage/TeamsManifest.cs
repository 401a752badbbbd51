using System.Text.Json.Nodes;

namespace BotService.Teams.AppPackage;

/// <summary>
/// The app manifest on schema 1.30, the newest generally available version when this was written (Microsoft 365
/// app manifest change log, August 2026). A bot in personal, team and group chat scopes, with prompt starters.
/// </summary>
public static class TeamsManifest
{
    public const string ManifestVersion = "1.30";
    public const string SchemaUrl = "https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json";
    public const string AccentColor = "#0F7B8A";
    public const string ColorIconFile = "color.png";
    public const string OutlineIconFile = "outline.png";

    private const string ShortDescription = "Guidance for muscle twitches, spasms and cramps, and when to see a doctor.";

    private const string FullDescription =
        "Twitch Guide asks a few short questions about a twitching muscle, a spasm or a cramp: where it is, how long " +
        "it has gone on and what else is happening. It then explains likely common causes, what you can do now and " +
        "when to see a doctor, with the sources it relies on. It tells you at once to call emergency services when " +
        "something you mention needs urgent care. It gives guidance, not a diagnosis. In a channel or group chat, " +
        "mention it to start; each person's answers stay their own.";

    private static readonly (string Title, string Description)[] Commands =
    [
        ("Check my twitching", "Answer a few questions and get advice on what to do next."),
        ("Ask a question", "Ask about twitches, spasms or cramps, for example: what causes eyelid twitching?"),
        ("Help", "What the bot can do and how to talk to it."),
        ("Start over", "Forget the current questions and begin again."),
        ("Delete my data", "Erase what the bot has stored about you and this conversation."),
    ];

    public static JsonObject Create(TeamsPackageSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var scopes = new[] { "personal", "team", "groupChat" };
        var manifest = new JsonObject
        {
            ["$schema"] = SchemaUrl,
            ["manifestVersion"] = ManifestVersion,
            ["version"] = settings.Version,
            ["id"] = settings.AppId.ToString("D"),
            ["developer"] = new JsonObject
            {
                ["name"] = settings.DeveloperName,
                ["websiteUrl"] = settings.Website.AbsoluteUri,
                ["privacyUrl"] = settings.Privacy.AbsoluteUri,
                ["termsOfUseUrl"] = settings.Terms.AbsoluteUri,
            },
            ["name"] = new JsonObject { ["short"] = settings.ShortName, ["full"] = settings.FullName },
            ["description"] = new JsonObject { ["short"] = ShortDescription, ["full"] = FullDescription },
            ["icons"] = new JsonObject { ["color"] = ColorIconFile, ["outline"] = OutlineIconFile },
            ["accentColor"] = AccentColor,
            ["bots"] = new JsonArray(new JsonObject
            {
                ["botId"] = settings.BotAppId.ToString("D"),
                ["scopes"] = new JsonArray([.. scopes.Select(s => (JsonNode?)s)]),
                ["supportsFiles"] = false,
                ["isNotificationOnly"] = false,
                ["commandLists"] = new JsonArray(new JsonObject
                {
                    ["scopes"] = new JsonArray([.. scopes.Select(s => (JsonNode?)s)]),
                    ["commands"] = new JsonArray([.. Commands.Select(c => (JsonNode?)new JsonObject { ["title"] = c.Title, ["description"] = c.Description })]),
                }),
            }),
            ["validDomains"] = new JsonArray([.. ValidDomains(settings).Select(d => (JsonNode?)d)]),
        };
        return manifest;
    }

    private static IEnumerable<string> ValidDomains(TeamsPackageSettings settings) =>
        new[] { settings.Domain, settings.Website.Host }
            .Where(d => !string.IsNullOrWhiteSpace(d) && d != "localhost")
            .Select(d => d!)
            .Distinct(StringComparer.OrdinalIgnoreCase);
}
