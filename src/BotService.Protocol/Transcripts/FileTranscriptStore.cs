using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BotService.Protocol.Schema;

namespace BotService.Protocol.Transcripts;

/// <summary>
/// Writes one Emulator-format <c>.transcript</c> file (a JSON array of activities) per conversation. The file name is a
/// hash of the channel and conversation id, so no id can name a path (<c>../x</c>, <c>%00</c>). Appends keep the file a
/// valid JSON array after every turn; a striped lock keeps concurrent turns of one conversation from interleaving.
/// </summary>
public sealed class FileTranscriptStore(string folder)
{
    private static readonly byte[] Open = "[\n"u8.ToArray();
    private static readonly byte[] Close = "\n]"u8.ToArray();
    private static readonly byte[] Separator = ",\n"u8.ToArray();
    private readonly SemaphoreSlim[] _locks = [.. Enumerable.Range(0, 32).Select(_ => new SemaphoreSlim(1, 1))];

    public string Folder { get; } = folder;

    public string PathFor(string? channelId, string? conversationId)
    {
        // Ids hold no control character (Hosting/ActivityIds), so the line break cannot be part of either.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{channelId}\n{conversationId}"));
        return Path.Combine(Folder, Convert.ToHexStringLower(hash.AsSpan(0, 16)) + ".transcript");
    }

    public async Task AppendAsync(string? channelId, string? conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            return;
        }

        var path = PathFor(channelId, conversationId);
        var gate = GateFor(path);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(Folder);
            await using var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, 4096, useAsync: true);
            var first = file.Length < Open.Length + Close.Length;
            if (first)
            {
                file.SetLength(0);
                await file.WriteAsync(Open, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                // Overwrite the closing "\n]" and continue the array.
                file.Seek(-Close.Length, SeekOrigin.End);
                await file.WriteAsync(Separator, cancellationToken).ConfigureAwait(false);
            }

            for (var i = 0; i < activities.Count; i++)
            {
                if (i > 0)
                {
                    await file.WriteAsync(Separator, cancellationToken).ConfigureAwait(false);
                }

                await JsonSerializer.SerializeAsync(file, activities[i], BotJson.Options, cancellationToken).ConfigureAwait(false);
            }

            await file.WriteAsync(Close, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Deletes the conversation's transcript ("delete my data"; the SDK's <c>DeleteTranscriptAsync</c>); true when there
    /// was one. The next append starts a new file.
    /// </summary>
    public async Task<bool> DeleteAsync(string? channelId, string? conversationId, CancellationToken cancellationToken)
    {
        var path = PathFor(channelId, conversationId);
        var gate = GateFor(path);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Under the append lock, so a concurrent turn of the same conversation cannot recreate half a file.
            if (!File.Exists(path))
            {
                return false;
            }

            File.Delete(path);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    private SemaphoreSlim GateFor(string path) => _locks[(int)((uint)StringComparer.Ordinal.GetHashCode(path) % (uint)_locks.Length)];
}
