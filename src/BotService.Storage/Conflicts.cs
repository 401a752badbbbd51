namespace BotService.Storage;

internal static class Conflicts
{
    public static StorageConflictException For(string key) =>
        new($"The item '{key}' was changed or removed since it was read (ETag mismatch); nothing in the batch was written.", key);
}
