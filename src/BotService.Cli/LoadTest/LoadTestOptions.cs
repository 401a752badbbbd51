namespace BotService.Cli.LoadTest;

/// <summary>
/// What one load run does. Counts and times are bounded by the command's validation. With a
/// <see cref="DirectLineSecret"/> the conversations go through Direct Line, as Web Chat's do: replies read by polling,
/// or with <see cref="DirectLineStream"/> from the conversation's WebSocket stream (Web Chat's default). <see cref="DatabasePid"/> is a
/// database server on the same machine (PostgreSQL's postmaster), whose CPU per turn is reported with the host's.
/// </summary>
public sealed record LoadTestOptions(
    Uri BaseUrl,
    int Conversations,
    int Concurrency,
    int Seed = 1,
    int WarmupConversations = 0,
    int? HostPid = null,
    TimeSpan? TimeLimit = null,
    TimeSpan? RequestTimeout = null,
    string? DirectLineSecret = null,
    int? DatabasePid = null,
    bool DirectLineStream = false)
{
    public const int MaxConversations = 1_000_000;
    public const int MaxConcurrency = 1_024;

    public TimeSpan EffectiveTimeLimit => TimeLimit ?? TimeSpan.FromMinutes(30);

    public TimeSpan EffectiveRequestTimeout => RequestTimeout ?? TimeSpan.FromSeconds(30);

    /// <summary>The tool is for measuring a host on this machine; it refuses anything but loopback.</summary>
    public static bool IsLoopback(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsLoopback || (System.Net.IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip));
    }
}
