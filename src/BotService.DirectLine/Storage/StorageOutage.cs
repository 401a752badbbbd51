using System.Data.Common;
using BotService.Protocol;

namespace BotService.DirectLine.Storage;

/// <summary>
/// Whether an exception means the activity log could not be reached: a driver failure (<see cref="DbException"/>),
/// a timeout (a full pool, a busy file), or a bot's reply that the log could not store for that reason.
/// </summary>
internal static class StorageOutage
{
    public static bool Is(Exception exception) =>
        IsDirect(exception) || exception is ReplyDeliveryException { InnerException: { } inner } && IsDirect(inner);

    private static bool IsDirect(Exception exception) => exception is DbException or TimeoutException;
}
