namespace BotService.Storage;

/// <summary>
/// The ETag values with a meaning of their own (style.md §2.4, tightened: bot state enforces ETags).
/// Any other non-null ETag must equal the stored one, and a key that is absent (or expired) matches none.
/// </summary>
public static class StoreETags
{
    /// <summary>Overwrite whatever is stored (as does a null ETag, the SDK's behaviour for plain values).</summary>
    public const string Any = "*";

    /// <summary>
    /// Create only: the write succeeds only if nothing live is stored under the key, so a document created
    /// concurrently by another turn is never silently overwritten (HTTP's <c>If-None-Match: *</c>).
    /// </summary>
    public const string New = "new";

    /// <summary>A fresh ETag for one write; opaque, unique across processes sharing a database.</summary>
    public static string Create() => Guid.NewGuid().ToString("N");
}
