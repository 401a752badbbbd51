using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BotService.Content.Loading;

/// <summary>
/// Reads the content folder (sources.yml, entries/*.md, synonyms.txt, stopwords.txt), checks it, and builds the
/// <see cref="ContentBase"/>. Every problem found is collected, so an editor sees them all at once.
/// </summary>
public static partial class ContentLoader
{
    public const string SourcesFile = "sources.yml";
    public const string EntriesFolder = "entries";
    public const string SynonymsFile = "synonyms.txt";
    public const string StopWordsFile = "stopwords.txt";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <exception cref="ContentValidationException">The files have one or more problems; all are listed.</exception>
    public static ContentBase Load(string dataPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataPath);
        if (!Directory.Exists(dataPath))
        {
            throw new ContentValidationException([$"The content folder '{dataPath}' does not exist."]);
        }

        var problems = new List<string>();
        var sources = ReadSources(Path.Combine(dataPath, SourcesFile), problems);
        var entries = ReadEntries(Path.Combine(dataPath, EntriesFolder), sources, problems);
        ContentValidator.CheckEntrySet(entries, problems);
        var synonyms = SynonymList.Parse(ReadLines(Path.Combine(dataPath, SynonymsFile), problems), problems);
        var stopWords = ReadStopWords(Path.Combine(dataPath, StopWordsFile), problems);
        if (problems.Count > 0)
        {
            throw new ContentValidationException(problems);
        }

        return new ContentBase(entries, sources.Values, synonyms, stopWords);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex IdPattern();

    private static Dictionary<string, ContentSource> ReadSources(string path, List<string> problems)
    {
        var sources = new Dictionary<string, ContentSource>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            problems.Add($"{SourcesFile}: the source catalogue is missing.");
            return sources;
        }

        List<SourceRecord>? records;
        try
        {
            records = Yaml.Deserialize<List<SourceRecord>>(File.ReadAllText(path));
        }
        catch (YamlException ex)
        {
            problems.Add($"{SourcesFile}: line {ex.Start.Line}: {ex.Message}");
            return sources;
        }

        foreach (var (record, index) in (records ?? []).Select((r, i) => (r, i + 1)))
        {
            if (ContentValidator.CheckSource(record, index, problems) is { } source && !sources.TryAdd(source.Id, source))
            {
                problems.Add($"{SourcesFile}: source '{source.Id}' is listed twice.");
            }
        }

        return sources;
    }

    private static List<ContentEntry> ReadEntries(string folder, Dictionary<string, ContentSource> sources, List<string> problems)
    {
        var entries = new List<ContentEntry>();
        if (!Directory.Exists(folder))
        {
            problems.Add($"{EntriesFolder}/: the entries folder is missing.");
            return entries;
        }

        foreach (var file in Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var name = $"{EntriesFolder}/{Path.GetFileName(file)}";
            if (ReadEntry(name, File.ReadAllText(file), sources, problems) is { } entry)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static ContentEntry? ReadEntry(string name, string content, Dictionary<string, ContentSource> sources, List<string> problems)
    {
        if (!FrontMatterSplitter.TrySplit(content, out var yaml, out var body))
        {
            problems.Add($"{name}: the file must start with YAML front matter between two '---' lines.");
            return null;
        }

        FrontMatter? front;
        try
        {
            front = Yaml.Deserialize<FrontMatter>(yaml);
        }
        catch (YamlException ex)
        {
            problems.Add($"{name}: front matter line {ex.Start.Line}: {(ex.InnerException ?? ex).Message}");
            return null;
        }

        return ContentValidator.CheckEntry(name, front ?? new FrontMatter(), body, sources, problems);
    }

    private static List<string> ReadLines(string path, List<string> problems)
    {
        if (!File.Exists(path))
        {
            problems.Add($"{Path.GetFileName(path)}: the file is missing.");
            return [];
        }

        return File.ReadAllLines(path)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
    }

    private static HashSet<string> ReadStopWords(string path, List<string> problems) =>
        ReadLines(path, problems)
            .SelectMany(l => l.Split((char[])[' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
}
