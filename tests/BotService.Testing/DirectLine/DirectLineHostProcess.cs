using System.Net;
using BotService.Testing.Hosting;

namespace BotService.Testing.DirectLine;

/// <summary>
/// The Direct Line test launcher (BotService.DirectLine.TestHost: the real Program with the test bot) in its own
/// process. Several of these on one PostgreSQL database are the scale-out setup.
/// </summary>
public static class DirectLineHostProcess
{
    public static Task<HostProcess> StartAsync(IDictionary<string, string> environment) =>
        HostProcess.StartAsync(
            HostProcess.BuildOutput("tests/BotService.DirectLine.TestHost", "BotService.DirectLine.TestHost.dll"),
            environment,
            async http =>
            {
                // A host that is up refuses to start a conversation without a token.
                using var response = await http.PostAsync(new Uri("v3/directline/conversations", UriKind.Relative), null);
                return response.StatusCode == HttpStatusCode.Unauthorized;
            });

    public static DirectLineTestClient CreateClient(this HostProcess host) => new(host.BaseAddress);
}
