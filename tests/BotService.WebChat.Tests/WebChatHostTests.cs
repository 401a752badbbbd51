namespace BotService.WebChat.Tests;

/// <summary>
/// A test class with the real host (the page and Direct Line on loopback) started for it and stopped after, with the
/// product's bot or the predictable test bot.
/// </summary>
public abstract class WebChatHostTests(bool useProductBot) : IAsyncLifetime
{
    private readonly WebChatHostFactory _host = new(useProductBot);

    /// <summary>The host's address, e.g. http://127.0.0.1:41234/.</summary>
    protected Uri Address { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Address = _host.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
