namespace BotService.Teams.Sending;

/// <summary>At most <see cref="Limit"/> sends in any <see cref="Span"/>.</summary>
public sealed record RateWindow(int Limit, TimeSpan Span)
{
    /// <summary>
    /// The Teams per-bot, per-thread limits for sending to a conversation: 7 per second, 8 per 2 s, 60 per 30 s,
    /// 1800 per hour (TDOCS msteams-platform/bots/how-to/rate-limit.md, protocol.md §2.3).
    /// </summary>
    public static IReadOnlyList<RateWindow> TeamsPerThread { get; } =
    [
        new(7, TimeSpan.FromSeconds(1)),
        new(8, TimeSpan.FromSeconds(2)),
        new(60, TimeSpan.FromSeconds(30)),
        new(1800, TimeSpan.FromHours(1)),
    ];
}
