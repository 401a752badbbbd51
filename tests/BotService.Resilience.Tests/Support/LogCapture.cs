using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BotService.Resilience.Tests.Support;

/// <summary>
/// Every log line the host writes, with scopes and exception text. It enables every level itself, so what it sees is
/// exactly what the configured filters (appsettings.json <c>Logging:LogLevel</c>) let through.
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public string All => string.Join('\n', _lines);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            capture._lines.Enqueue($"scope {category}: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture._lines.Enqueue($"{logLevel} {category} {eventId.Name}: {formatter(state, exception)} {state} {exception}");
    }
}
