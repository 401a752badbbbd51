using System.Data.Common;

namespace BotService.Storage;

/// <summary>
/// Whether a database error is the database refusing the data itself rather than failing: SQLSTATE class 22 (data
/// exception, e.g. 22021 for a NUL in PostgreSQL text, 22P05 untranslatable character) or 54 (program limit, e.g.
/// 54000 for a key over its index's size). Retrying never helps, so it is never an outage. Shared by the state store
/// and the Direct Line log, so that both draw the line in the same place.
/// </summary>
public static class RefusedData
{
    public static bool Is(DbException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.SqlState is { Length: 5 } state
            && (state.StartsWith("22", StringComparison.Ordinal) || state.StartsWith("54", StringComparison.Ordinal));
    }
}
