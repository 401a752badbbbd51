using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BotService.Benchmarks;

/// <summary>
/// What ASP.NET Core alone costs per request on this machine: Kestrel, routing and one POST endpoint that reads the
/// whole body and answers with a fixed JSON body of about an expectReplies reply's size, and nothing else. Driven by
/// the same concurrency as the load tool (<c>scripts/floor.sh</c>), its CPU per request is the part of issue 9's
/// 0.1 ms per turn that no bot code can win back.
/// Run: dotnet exec --runtimeconfig src/BotService.Host/bin/Release/net10.0/BotService.Host.runtimeconfig.json
///      tests/BotService.Benchmarks/bin/Release/net10.0/BotService.Benchmarks.dll kestrel-floor [port] [reply bytes]
/// </summary>
public static class KestrelFloor
{
    public static async Task RunAsync(int port, int replyBytes)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);

        // As the host's appsettings.json: no trace Activity and logging scope per request.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var app = builder.Build();
        var reply = Reply(replyBytes);
        app.MapPost("/api/messages", async (HttpContext context) =>
        {
            var buffer = ArrayPool<byte>.Shared.Rent(4096);
            try
            {
                while (await context.Request.Body.ReadAsync(buffer, context.RequestAborted).ConfigureAwait(false) > 0)
                {
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            context.Response.ContentType = "application/json; charset=utf-8";
            context.Response.ContentLength = reply.Length;
            await context.Response.Body.WriteAsync(reply, context.RequestAborted).ConfigureAwait(false);
        });
        Console.WriteLine($"kestrel-floor listening on 127.0.0.1:{port}, reply {reply.Length} bytes");
        await app.RunAsync().ConfigureAwait(false);
    }

    /// <summary>An <c>{"activities":[...]}</c> body padded to <paramref name="bytes"/> with one message's text.</summary>
    private static byte[] Reply(int bytes)
    {
        const string Head = """{"activities":[{"type":"message","text":" """;
        const string Tail = """ "}]}""";
        return Encoding.UTF8.GetBytes(Head + new string('x', Math.Max(0, bytes - Head.Length - Tail.Length)) + Tail);
    }
}
