using System.Text;
using Markdig;

namespace BotService.Content.Loading;

/// <summary>Turns an entry's wrapped Markdown into message text and into plain text for the index.</summary>
internal static class MarkdownText
{
    /// <summary>
    /// Joins the lines of each paragraph and list item, so that channels which keep single newlines (Teams, the
    /// CLI) do not show the editor's line wrapping; blank lines and list structure stay.
    /// </summary>
    public static string Unwrap(string markdown)
    {
        var output = new StringBuilder();
        var current = new StringBuilder();
        foreach (var raw in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                Flush(output, current);
                if (output.Length > 0 && !EndsWithBlankLine(output))
                {
                    output.Append('\n');
                }

                continue;
            }

            if (IsListItem(line))
            {
                Flush(output, current);
                current.Append(line.Trim());
            }
            else if (current.Length > 0)
            {
                current.Append(' ').Append(line.Trim());
            }
            else
            {
                current.Append(line.Trim());
            }
        }

        Flush(output, current);
        return output.ToString().Trim();
    }

    /// <summary>The text without Markdown syntax, as the index and citation abstracts need it.</summary>
    public static string ToPlain(string markdown) =>
        string.Join(' ', Markdown.ToPlainText(markdown).Split((char[])['\n', '\r', ' '], StringSplitOptions.RemoveEmptyEntries));

    private static bool IsListItem(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.StartsWith("* ", StringComparison.Ordinal) ||
            (trimmed.Length > 2 && char.IsDigit(trimmed[0]) && trimmed.IndexOf(". ", StringComparison.Ordinal) is > 0 and < 4);
    }

    private static void Flush(StringBuilder output, StringBuilder current)
    {
        if (current.Length == 0)
        {
            return;
        }

        output.Append(current).Append('\n');
        current.Clear();
    }

    private static bool EndsWithBlankLine(StringBuilder output) =>
        output.Length >= 2 && output[^1] == '\n' && output[^2] == '\n';
}
