using BenchmarkDotNet.Attributes;
using BotService.Protocol.Authentication;
using BotService.Protocol.Schema;
using BotService.Testing.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BotService.Benchmarks;

/// <summary>
/// What authenticating one channel request costs once the signing keys are cached: the RS256 token a channel (Teams,
/// Web Chat through Azure) sends with every activity, checked as <c>/api/messages</c> does when an app id is set, the
/// first time it is seen (more distinct tokens than the authenticator remembers, cycled) and again (remembered).
/// The load tool runs without authentication, so its figures do not include this.
/// </summary>
[MemoryDiagnoser]
public class ChannelAuthBenchmarks
{
    private const string AppId = "bench-app-id";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/";
    private FakeIdentityServer _identity = null!;
    private ServiceProvider _services = null!;
    private BotFrameworkAuthenticator _authenticator = null!;
    private string _header = null!;
    private string[] _unseen = null!;
    private int _next;
    private readonly Activity _activity = new() { Type = ActivityTypes.Message, ChannelId = Channels.Msteams, ServiceUrl = ServiceUrl };

    [GlobalSetup]
    public void Setup()
    {
        _identity = FakeIdentityServer.StartAsync().GetAwaiter().GetResult();
        var services = new ServiceCollection();
        services.AddHttpClient();
        _services = services.BuildServiceProvider();
        _authenticator = _identity.CreateAuthenticator(AppId, _services.GetRequiredService<IHttpClientFactory>());
        _header = "Bearer " + _identity.IssueChannelToken(AppId, ServiceUrl);
        // Distinct tokens (a claim apart), as different channel connections would hold.
        _unseen = [.. Enumerable.Range(0, 1024).Select(i => "Bearer " + _identity.IssueToken(
            new TokenSpec { Issuer = "https://api.botframework.com", Audience = AppId, ServiceUrl = ServiceUrl, Claims = new Dictionary<string, object> { ["jti"] = $"bench-{i}" } },
            _identity.ChannelKey))];
        _authenticator.AuthenticateAsync(_header, _activity, CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _identity.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true)]
    public Task<BotAuthenticationResult> FirstSight() => _authenticator.AuthenticateAsync(_unseen[_next++ % _unseen.Length], _activity, CancellationToken.None);

    [Benchmark]
    public Task<BotAuthenticationResult> Remembered() => _authenticator.AuthenticateAsync(_header, _activity, CancellationToken.None);
}
