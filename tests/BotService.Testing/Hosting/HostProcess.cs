using System.Diagnostics;
using System.Text;

namespace BotService.Testing.Hosting;

/// <summary>
/// A host in its own OS process on a free loopback port, configured through environment variables as an operator
/// would, with its output captured. <see cref="KillAsync"/> is kill -9: no shutdown code runs, as in a crash.
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    /// <summary>The host's root, with a trailing slash.</summary>
    public Uri BaseAddress { get; }

    public int Pid => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts <c>dotnet exec <paramref name="dll"/></c> and waits until <paramref name="isReady"/>, given a client whose
    /// base address is the host, says it answers.
    /// </summary>
    public static async Task<HostProcess> StartAsync(string dll, IDictionary<string, string> environment, Func<HttpClient, Task<bool>> isReady)
    {
        var host = Launch(dll, environment);
        try
        {
            await host.WaitUntilReadyAsync(isReady);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>
    /// Starts the host as <see cref="StartAsync"/> does and waits for it to exit by itself (a host that must refuse to
    /// start): its exit code and output. Killed, and a <see cref="TimeoutException"/>, if it is still running after two minutes.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(string dll, IDictionary<string, string> environment)
    {
        await using var host = Launch(dll, environment);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            // Also waits for the redirected output to be read to its end.
            await host._process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The host process kept running:\n" + host.Output);
        }

        return (host._process.ExitCode, host.Output);
    }

    /// <summary>A project's build output dll in the same configuration as the running test assembly.</summary>
    public static string BuildOutput(string projectFolder, string dllName)
    {
        var testOutput = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);
        var framework = Path.GetFileName(testOutput);
        var configuration = Path.GetFileName(Path.GetDirectoryName(testOutput)!);
        var root = new DirectoryInfo(testOutput);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "BotService.sln")))
        {
            root = root.Parent;
        }

        var path = Path.Combine(root?.FullName ?? throw new DirectoryNotFoundException("BotService.sln not found above " + testOutput),
            projectFolder, "bin", configuration, framework, dllName);
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build {projectFolder} first.", path);
    }

    /// <summary>SIGKILL: no shutdown code runs, exactly like a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(Func<HttpClient, Task<bool>> isReady)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("The host process exited during start:\n" + Output);
            }

            try
            {
                if (await isReady(http))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Busy starting on a loaded machine.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The host process did not start listening:\n" + Output);
    }

    /// <summary>The host process started on a free loopback port, its output being captured.</summary>
    private static HostProcess Launch(string dll, IDictionary<string, string> environment)
    {
        var port = LoopbackPorts.Free();
        var process = Process.Start(StartInfo(dll, environment, port)) ?? throw new InvalidOperationException("Could not start the host process.");
        var host = new HostProcess(process, new Uri($"http://127.0.0.1:{port}/"));
        host.CaptureOutput();
        return host;
    }

    private static ProcessStartInfo StartInfo(string dll, IDictionary<string, string> environment, int port)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private void CaptureOutput()
    {
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
