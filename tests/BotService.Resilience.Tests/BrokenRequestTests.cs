using System.Net;
using System.Net.Sockets;
using System.Text;
using BotService.Resilience.Tests.Support;
using BotService.Testing.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BotService.Resilience.Tests;

/// <summary>
/// Requests broken below JSON, in their HTTP framing, over a raw socket to the real host: a clear 400 (in Direct
/// Line's error shape on its endpoints) and never an error in the log, since nothing on the server's side failed.
/// </summary>
public sealed class BrokenRequestTests
{
    private const string BrokenChunks = "5\r\n{\"typ\r\nZZ\r\n";

    [Fact]
    public async Task AMalformedChunkedBodyGetsA400OnBothEndpointsAndNoErrorInTheLog()
    {
        using var folder = new TempFolder();
        var logs = new LogCapture();
        await using var host = RealHost.Start(folder.Path, configureServices: s => s.AddSingleton<ILoggerProvider>(logs));
        using var client = new DirectLineTestClient(host.BaseAddress);
        await client.StartAsync();

        var messages = await SendChunkedAsync(host.BaseAddress, "/api/messages", bearer: null);
        var directLine = await SendChunkedAsync(host.BaseAddress, $"/v3/directline/conversations/{client.ConversationId}/activities", client.Token);

        Assert.StartsWith("HTTP/1.1 400", messages, StringComparison.Ordinal);
        Assert.StartsWith("HTTP/1.1 400", directLine, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"BadArgument\"", directLine, StringComparison.Ordinal);
        AssertNoErrors(logs);
    }

    private static void AssertNoErrors(LogCapture logs)
    {
        var bad = logs.Lines.Where(l => l.StartsWith("Error ", StringComparison.Ordinal) || l.StartsWith("Critical ", StringComparison.Ordinal)).ToList();
        Assert.True(bad.Count == 0, string.Join("\n", bad.Distinct().Select(l => l.Length > 1500 ? l[..1500] : l)));
    }

    /// <summary>Sends a POST whose chunked body has bad framing, and reads the answer.</summary>
    private static async Task<string> SendChunkedAsync(Uri baseAddress, string path, string? bearer)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(IPAddress.Loopback, baseAddress.Port);
        var stream = tcp.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nContent-Type: application/json\r\n"
            + (bearer is null ? string.Empty : $"Authorization: Bearer {bearer}\r\n")
            + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head + BrokenChunks));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(timeout.Token);
    }
}
