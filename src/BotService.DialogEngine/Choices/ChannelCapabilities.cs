using BotService.Protocol.Schema;

namespace BotService.DialogEngine.Choices;

/// <summary>What a channel can show, for <see cref="ListStyle.Auto"/> (the SDK's Channel capability table).</summary>
public static class ChannelCapabilities
{
    /// <summary>Longest button title shown in full on any channel; longer titles fall back to text.</summary>
    public const int MaxActionTitleLength = 20;

    public static bool SupportsSuggestedActions(string? channelId, int buttonCount = 100) => channelId switch
    {
        "facebook" or "skype" => buttonCount <= 10,
        "line" => buttonCount <= 13,
        "kik" => buttonCount <= 20,
        "telegram" or Channels.Emulator or Channels.DirectLine or Channels.Webchat => buttonCount <= 100,
        _ => false,
    };

    public static bool SupportsCardActions(string? channelId, int buttonCount = 100) => channelId switch
    {
        "facebook" or "skype" or Channels.Msteams => buttonCount <= 3,
        "line" => buttonCount <= 99,
        "slack" or Channels.Emulator or Channels.DirectLine or Channels.Webchat => buttonCount <= 100,
        _ => false,
    };
}
