namespace BotService.Host;

/// <summary>
/// Listens on http://localhost:3978, the Bot Framework's usual local port, unless an address is configured
/// (--urls, ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS or Kestrel endpoints), so `dotnet run` works without
/// launch profiles.
/// </summary>
internal static class DefaultUrl
{
    public const string Address = "http://localhost:3978";

    public static IWebHostBuilder UseDefaultBotUrl(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        var configured = !string.IsNullOrWhiteSpace(configuration["urls"]) ||
            !string.IsNullOrWhiteSpace(configuration["http_ports"]) ||
            !string.IsNullOrWhiteSpace(configuration["https_ports"]) ||
            configuration.GetSection("Kestrel:Endpoints").Exists();
        return configured ? webHost : webHost.UseUrls(Address);
    }
}
