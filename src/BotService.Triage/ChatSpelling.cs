using BotService.Triage.Extraction;

namespace BotService.Triage;

/// <summary>
/// The triage reader's spelling of chat shorthand and phone typing ("wen", "tht", "droppin" become "when", "that",
/// "dropping"), lower-cased, for other readers of the same message, such as the content search.
/// </summary>
public static class ChatSpelling
{
    public static string Fix(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TextNormalizer.Normalize(text);
    }
}
