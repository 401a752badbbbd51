using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace BotService.Benchmarks;

/// <summary>
/// Which types take a run's allocated bytes, from the runtime's own allocation sampling (the GCAllocationTick event,
/// raised about every 100 KB allocated, names the type that crossed the mark). In process, no profiler needed.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    public void Print(TextWriter output, int top)
    {
        var total = Math.Max(1, _bytes.Values.Sum());
        foreach (var (type, bytes) in _bytes.OrderByDescending(kv => kv.Value).Take(top))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{100.0 * bytes / total,6:F1}% {type}"));
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true
            || eventData.Payload is not { } payload || eventData.PayloadNames is not { } names)
        {
            return;
        }

        var type = payload[names.IndexOf("TypeName")] as string ?? "?";
        var amount = Convert.ToInt64(payload[names.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
        _bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }
}
