using BenchmarkDotNet.Attributes;
using BotService.DirectLine;
using BotService.DirectLine.Tokens;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BotService.Benchmarks;

/// <summary>
/// Checking a Direct Line token, as every post and poll does: one seen before (remembered) against ones never seen
/// (more distinct tokens than the service remembers, cycled, so each check computes the HMAC and parses the claims).
/// </summary>
[MemoryDiagnoser]
public class TokenBenchmarks
{
    private DirectLineTokenService _tokens = null!;
    private string _known = null!;
    private string[] _unseen = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _tokens = new DirectLineTokenService(Options.Create(new DirectLineOptions()), TimeProvider.System, NullLogger<DirectLineTokenService>.Instance);
        _known = _tokens.Issue("0123456789abcdef0123456789abcdef", "dl_0123456789abcdef01234567");
        _tokens.Validate(_known, out _);
        _unseen = [.. Enumerable.Range(0, 4 * DirectLineTokenService.MaxRemembered).Select(i => _tokens.Issue($"{i:x32}", "dl_0123456789abcdef01234567"))];
    }

    [Benchmark(Baseline = true)]
    public TokenCheck Unseen() => _tokens.Validate(_unseen[_next++ % _unseen.Length], out _);

    [Benchmark]
    public TokenCheck Remembered() => _tokens.Validate(_known, out _);
}
