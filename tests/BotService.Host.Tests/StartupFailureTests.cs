using BotService.Host;
using BotService.Storage;
using Microsoft.Extensions.Options;

namespace BotService.Host.Tests;

public sealed class StartupFailureTests
{
    [Fact]
    public void AnInvalidSettingIsDescribedByItsValidationMessageAlone()
    {
        var invalid = new OptionsValidationException("Storage", typeof(object), ["Storage:Provider must be one of Sqlite, Postgres, Memory."]);

        Assert.Equal("Storage:Provider must be one of Sqlite, Postgres, Memory.", StartupFailure.Describe(invalid));
    }

    [Fact]
    public void AnUnreachableDatabaseWrappedByTheHostIsDescribedByItsOwnMessage()
    {
        var wrapped = new AggregateException(new InvalidOperationException("outer", new StorageUnavailableException("Cannot use the PostgreSQL database.")));

        Assert.Equal("Cannot use the PostgreSQL database.", StartupFailure.Describe(wrapped));
    }

    [Fact]
    public void AProgrammingErrorIsNotDisguisedAsAConfigurationProblem()
    {
        Assert.Null(StartupFailure.Describe(new NullReferenceException()));
        Assert.Throws<NullReferenceException>(() => StartupFailure.Run(() => throw new NullReferenceException(), isProcessEntryPoint: true));
    }

    [Fact]
    public void AKnownStartupProblemEndsWithExitCodeOne()
    {
        var exitCode = StartupFailure.Run(() => throw new StorageUnavailableException("database down"), isProcessEntryPoint: true);

        Assert.Equal(1, exitCode);
    }

    [Fact]
    public void InsideATestHostTheStartupProblemReachesTheTestUnchanged()
    {
        Assert.False(StartupFailure.IsProcessEntryPoint);
        Assert.Throws<StorageUnavailableException>(() => StartupFailure.Run(() => throw new StorageUnavailableException("database down"), StartupFailure.IsProcessEntryPoint));
    }
}
