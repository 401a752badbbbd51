namespace BotService.Recognizers.Tests.Conformance;

/// <summary>Finds the shared spec data: from the folder holding BotService.sln, ../shared/specs/recognizers-text.</summary>
internal static class SpecFiles
{
    private const string Relative = "shared/specs/recognizers-text/symptom-subset.json";

    public static string SymptomSubset { get; } = Locate();

    private static string Locate()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BotService.sln")))
        {
            dir = dir.Parent;
        }

        if (dir is null)
        {
            throw new FileNotFoundException("BotService.sln not found above " + AppContext.BaseDirectory);
        }

        // The repository's sibling folder first (../shared); a git worktree sits one level deeper, so keep walking up.
        for (var up = dir.Parent; up is not null; up = up.Parent)
        {
            var candidate = Path.Combine(up.FullName, Relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{Relative} not found next to {dir.FullName} or above it.");
    }
}
