namespace BotService.DirectLine.Storage;

/// <summary>The hold of a log that only one instance uses: nothing to release.</summary>
internal sealed class NoHold : IAsyncDisposable
{
    public static NoHold Instance { get; } = new();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
