using System.Diagnostics;

namespace BotService.Testing.Postgres;

/// <summary>Runs the PostgreSQL tools, as the postgres OS user when the tests run as root.</summary>
internal static class PostgresProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>
    /// A fresh folder under /tmp that the server's user can reach: /tmp is world-traversable, the folder itself is
    /// 0755 and, under root, owned by <paramref name="owner"/>.
    /// </summary>
    public static string CreateTempRoot(string? owner)
    {
        var root = Path.Combine("/tmp", $"botservice-pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The PostgreSQL test server runs on Linux and macOS only.");
        }

        File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
            UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        Directory.CreateDirectory(Path.Combine(root, "sock"));
        if (owner is not null)
        {
            RunBlocking(false, "chown", ["-R", $"{owner}:{owner}", root], throwOnFailure: true);
        }

        return root;
    }

    public static async Task RunAsync(bool asPostgresUser, string program, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        using var process = Start(asPostgresUser, program, arguments);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            PostgresServer.Kill(process);
            throw;
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(program)} exited with {process.ExitCode}: {await stderr.ConfigureAwait(false)}{await stdout.ConfigureAwait(false)}");
        }
    }

    public static void RunBlocking(bool asPostgresUser, string program, IReadOnlyList<string> arguments, bool throwOnFailure = false)
    {
        using var process = Start(asPostgresUser, program, arguments);
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            PostgresServer.Kill(process);
        }

        if (throwOnFailure && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {stderr.Result}");
        }
    }

    public static void DeleteDirectory(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover temp folder must not fail a test run.
        }
    }

    internal static Process Start(bool asPostgresUser, string program, IReadOnlyList<string> arguments)
    {
        var info = new ProcessStartInfo
        {
            FileName = asPostgresUser ? "runuser" : program,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/tmp",
        };
        if (asPostgresUser)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program })
            {
                info.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // Keep the child's environment predictable: no inherited PG* variables pointing elsewhere.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("PG", StringComparison.Ordinal)).ToList())
        {
            info.Environment.Remove(key);
        }

        info.Environment["LC_ALL"] = "C.UTF-8";
        return Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
    }
}
