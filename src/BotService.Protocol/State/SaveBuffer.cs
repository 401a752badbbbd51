using System.Buffers;

namespace BotService.Protocol.State;

/// <summary>
/// One growable buffer per thread for serialising state at save time, so a turn's three saves do not each allocate
/// and grow a new one. Only for synchronous use between <see cref="Take"/> and the copy of its content.
/// </summary>
internal static class SaveBuffer
{
    // Large enough for the usual state document; a larger one grows it once for this thread.
    private const int InitialBytes = 4096;

    // A buffer grown past this by an unusually large state is dropped rather than kept for the thread's life.
    private const int MaxKeptBytes = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public static ArrayBufferWriter<byte> Take()
    {
        var buffer = t_buffer;
        if (buffer is null || buffer.Capacity > MaxKeptBytes)
        {
            buffer = new ArrayBufferWriter<byte>(InitialBytes);
            t_buffer = buffer;
        }

        buffer.ResetWrittenCount();
        return buffer;
    }
}
