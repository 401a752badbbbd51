namespace BotService.Testing.Identity;

/// <summary>
/// Sends every request to a loopback server instead of its real host, keeping path and query. MSAL only
/// accepts HTTPS authorities, so tests give it an https:// login URL and route MSAL's HttpClient here.
/// </summary>
public sealed class LoopbackRedirectHandler(Uri target) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var original = request.RequestUri!;
        request.RequestUri = new UriBuilder(original) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
