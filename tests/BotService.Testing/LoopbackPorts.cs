using System.Net;
using System.Net.Sockets;

namespace BotService.Testing;

/// <summary>Loopback ports for servers the tests start, and for addresses where nothing listens.</summary>
public static class LoopbackPorts
{
    /// <summary>A port free a moment ago: the system's pick for a listener, closed again.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
