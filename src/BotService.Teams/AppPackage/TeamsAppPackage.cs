using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BotService.Teams.AppPackage;

/// <summary>
/// Writes the Teams app package: a zip with manifest.json, color.png and outline.png at its root
/// (TDOCS apps-package.md, protocol.md §6.8). The icons are embedded in this assembly.
/// </summary>
public static class TeamsAppPackage
{
    // Relaxed escaping keeps the manifest readable (an apostrophe stays an apostrophe); it is a file, not HTML.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(Stream output, TeamsPackageSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(settings);
        var manifest = TeamsManifest.Create(settings).ToJsonString(Indented);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        await using (var entry = zip.CreateEntry("manifest.json", CompressionLevel.Optimal).Open())
        await using (var writer = new StreamWriter(entry))
        {
            await writer.WriteAsync(manifest.AsMemory(), cancellationToken).ConfigureAwait(false);
        }

        await CopyIconAsync(zip, TeamsManifest.ColorIconFile, cancellationToken).ConfigureAwait(false);
        await CopyIconAsync(zip, TeamsManifest.OutlineIconFile, cancellationToken).ConfigureAwait(false);
    }

    public static async Task WriteFileAsync(string path, TeamsPackageSettings settings, CancellationToken cancellationToken = default)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        await WriteAsync(file, settings, cancellationToken).ConfigureAwait(false);
    }

    private static async Task CopyIconAsync(ZipArchive zip, string fileName, CancellationToken cancellationToken)
    {
        var resource = $"BotService.Teams.AppPackage.{fileName}";
        await using var icon = typeof(TeamsAppPackage).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The icon resource {resource} is missing from the assembly.");
        await using var entry = zip.CreateEntry(fileName, CompressionLevel.NoCompression).Open();
        await icon.CopyToAsync(entry, cancellationToken).ConfigureAwait(false);
    }
}
