using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BotService.Content.Tests;

public sealed class ContentServiceTests
{
    [Fact]
    public async Task StartsWithTheRealContentAndAnswers()
    {
        using var host = Build(new Dictionary<string, string?>());
        await host.StartAsync();
        var answerer = host.Services.GetRequiredService<IContentAnswerer>();
        Assert.Equal("tests-emg", answerer.Answer("what is an EMG")?.Entry.Id);
        Assert.True(host.Services.GetRequiredService<ContentBase>().TryGet("which-doctor", out _));
        await host.StopAsync();
    }

    [Fact]
    public async Task FailsAtStartWhenTheDataFolderIsMissing()
    {
        using var host = Build(new() { ["Content:DataPath"] = "/no/such/folder" });
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
        Assert.Contains("Content:DataPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailsAtStartWhenThresholdsAreOutOfRange()
    {
        using var host = Build(new() { ["Content:MinCoverage"] = "1.5" });
        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public async Task FailsAtStartListingContentProblems()
    {
        var folder = Path.Combine(Path.GetTempPath(), "content-start-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var host = Build(new() { ["Content:DataPath"] = folder });
            var error = await Assert.ThrowsAsync<ContentValidationException>(() => host.StartAsync());
            Assert.Contains(error.Problems, p => p.Contains("sources.yml", StringComparison.Ordinal));
            Assert.Contains(error.Problems, p => p.Contains("entries", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddContentBase(builder.Configuration);
        return builder.Build();
    }
}
