namespace BotService.Protocol.State;

/// <summary>
/// An id as one segment of a state's storage key. Keys are ids joined by '/' (<c>{channel}/conversations/{id}</c>),
/// so an id holding '/' could spell another state's key: conversation <c>X/users/u2</c> was u2's private state in
/// conversation X. '%' and '/' are percent-encoded (<c>%25</c>, <c>%2F</c>), so a segment never holds '/' and
/// distinct ids give distinct segments; any other id is its own segment, so keys stored before stay as they were.
/// </summary>
internal static class StorageKeySegment
{
    public static string Escape(string id)
    {
        // Nearly every id holds neither: no copy for them.
        if (id.AsSpan().IndexOfAny('/', '%') < 0)
        {
            return id;
        }

        return id.Replace("%", "%25", StringComparison.Ordinal).Replace("/", "%2F", StringComparison.Ordinal);
    }
}
