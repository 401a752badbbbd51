using BotService.Triage.Rules;

namespace BotService.Triage.Options;

/// <summary>Loads the rules table named by the options: the file at RulesPath, else the embedded one.</summary>
internal static class TriageRulesSource
{
    public static RuleSet Load(TriageOptions options, string? contentRoot)
    {
        if (string.IsNullOrWhiteSpace(options.RulesPath))
        {
            return RuleSetLoader.LoadEmbedded();
        }

        var path = Path.IsPathRooted(options.RulesPath) || contentRoot is null
            ? options.RulesPath
            : Path.Combine(contentRoot, options.RulesPath);
        return RuleSetLoader.LoadFile(path);
    }
}
