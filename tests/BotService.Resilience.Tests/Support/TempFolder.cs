namespace BotService.Resilience.Tests.Support;

/// <summary>A folder under /tmp for one test's files, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("botservice-resilience-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that was killed may still hold a file for a moment; /tmp is cleaned anyway.
        }
    }
}
