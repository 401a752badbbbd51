using System.ComponentModel.DataAnnotations;

namespace BotService.Teams;

/// <summary>The <c>Teams</c> section of appsettings.json.</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>In group chats and channels, answer only messages that @mention the bot (or press its cards).</summary>
    public bool RespondOnlyWhenMentioned { get; set; } = true;

    /// <summary>Messages larger than this (Teams counts UTF-16 bytes) are split; Teams rejects over 100 KB.</summary>
    [Range(8 * 1024, 100 * 1024)]
    public int MaxMessageBytes { get; set; } = Sending.TeamsMessageSplitter.DefaultMaxBytes;

    /// <summary>
    /// The Microsoft Entra tenant ids whose people may use the bot; empty (the default): any organisation the app is
    /// installed in. See <see cref="TeamsTenantFilterMiddleware"/>.
    /// </summary>
    public string[] AllowedTenants { get; set; } = [];

    /// <summary>The longest a send waits for room in its thread before it goes out anyway.</summary>
    [Range(0, 300)]
    public int MaxPacingWaitSeconds { get; set; } = 30;
}
