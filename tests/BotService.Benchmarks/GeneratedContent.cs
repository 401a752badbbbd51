using System.Text;
using BotService.Content;

namespace BotService.Benchmarks;

/// <summary>
/// A large content base for benchmarks: passages whose words are drawn from the real entries (so real questions
/// match many of them) mixed with invented words (so the vocabulary grows as it would with more content).
/// </summary>
internal static class GeneratedContent
{
    public static ContentBase Create(ContentBase real, int count, int seed)
    {
        var random = new Random(seed);
        var realWords = real.Entries
            .SelectMany(e => $"{e.Title} {string.Join(' ', e.Tags)} {e.PlainText}".Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => new string(w.Where(char.IsLetter).ToArray()).ToLowerInvariant())
            .Where(w => w.Length > 2)
            .ToArray();
        var invented = Enumerable.Range(0, 20_000).Select(_ => Invent(random)).ToArray();
        var source = real.Sources[0];

        var entries = new List<ContentEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var title = Sentence(random, realWords, invented, random.Next(3, 8));
            var tags = Enumerable.Range(0, random.Next(3, 7)).Select(_ => Sentence(random, realWords, invented, random.Next(1, 3))).ToList();
            var body = Sentence(random, realWords, invented, random.Next(50, 130));
            entries.Add(new ContentEntry($"generated-{i}", title, tags, ["any"], [source], [], body, body, body));
        }

        return new ContentBase(entries, real.Sources, real.Synonyms, real.StopWords);
    }

    private static string Sentence(Random random, string[] realWords, string[] invented, int length)
    {
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            text.Append(random.NextDouble() < 0.7 ? realWords[random.Next(realWords.Length)] : invented[random.Next(invented.Length)]).Append(' ');
        }

        return text.ToString().TrimEnd();
    }

    private static string Invent(Random random)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        return new string(Enumerable.Range(0, random.Next(4, 11)).Select(_ => letters[random.Next(letters.Length)]).ToArray());
    }
}
