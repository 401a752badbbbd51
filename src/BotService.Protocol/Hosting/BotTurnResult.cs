namespace BotService.Protocol.Hosting;

/// <summary>What the messaging endpoint answers after a turn: a status and an optional JSON body (protocol.md §1.9).</summary>
public sealed record BotTurnResult(int Status, object? Body = null)
{
    public static BotTurnResult Ok { get; } = new(200);
}
