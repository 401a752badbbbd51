using BotService.Storage.Memory;

namespace BotService.Storage.Tests;

public sealed class MemoryStorageTests : StorageConformanceTests
{
    private MemoryStorage? _shared;

    // Every instance in one test shares one store, as two stacks in one process would.
    protected override Task<IStorage> CreateStorageAsync(TimeProvider time, TimeSpan expiry) =>
        Task.FromResult<IStorage>(_shared ??= new MemoryStorage(time, expiry));
}
