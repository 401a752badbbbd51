using BotService.Content.Loading;

namespace BotService.Content.Tests;

/// <summary>The real content base from the build output, loaded once for all tests that read it.</summary>
public sealed class RealContent : IDisposable
{
    public RealContent()
    {
        Base = ContentLoader.Load(Path.Combine(AppContext.BaseDirectory, "Data"));
        Answerer = new ContentAnswerer(Base, new ContentOptions());
    }

    public ContentBase Base { get; }

    public ContentAnswerer Answerer { get; }

    public void Dispose() => Answerer.Dispose();
}
