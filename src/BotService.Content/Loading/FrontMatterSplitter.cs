namespace BotService.Content.Loading;

/// <summary>Splits "---\nyaml\n---\nbody" into its two parts.</summary>
internal static class FrontMatterSplitter
{
    public static bool TrySplit(string content, out string yaml, out string body)
    {
        yaml = body = string.Empty;
        var text = content.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return false;
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var afterMarker = text.IndexOf('\n', end + 4);
        yaml = text[4..(end + 1)];
        body = afterMarker < 0 ? string.Empty : text[(afterMarker + 1)..].Trim();
        return true;
    }
}
