namespace BotService.Teams.AppPackage;

/// <summary>What goes into the Teams app package; everything but the bot's app id has a sensible default.</summary>
public sealed record TeamsPackageSettings(Guid BotAppId)
{
    /// <summary>The Teams app's own id; the samples reuse the bot's app id, and so do we unless told otherwise.</summary>
    public Guid? TeamsAppId { get; init; }

    /// <summary>The host the bot is reached at (no scheme), e.g. <c>twitch.example.org</c>; listed in validDomains.</summary>
    public string? Domain { get; init; }

    public string Version { get; init; } = "1.0.0";

    public string ShortName { get; init; } = "Twitch Guide";

    public string FullName { get; init; } = "Twitch Guide: muscle twitches, spasms and cramps";

    public string DeveloperName { get; init; } = "BotService";

    public Uri? WebsiteUrl { get; init; }

    public Uri? PrivacyUrl { get; init; }

    public Uri? TermsOfUseUrl { get; init; }

    public Guid AppId => TeamsAppId ?? BotAppId;

    public Uri Website => WebsiteUrl ?? new Uri($"https://{Domain ?? "localhost"}/");

    public Uri Privacy => PrivacyUrl ?? new Uri(Website, "privacy");

    public Uri Terms => TermsOfUseUrl ?? new Uri(Website, "terms");
}
