using System.CommandLine;
using System.Text.Json;
using BotService.Cli.Commands;

namespace BotService.Cli.Tests;

/// <summary>Runs the recognize command's handler in-process, with standard input and output as strings.</summary>
public sealed class RecognizeCommandTests
{
    private static (int Exit, string Output, string Error) Run(string stdin, params string[] args)
    {
        var root = new RootCommand { RecognizeCommand.Create(new StringReader(stdin), new FixedTime()) };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(["recognize", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void PrintsOneJsonArrayInTheRecognizersTextShapeForTheText()
    {
        var (exit, output, error) = Run(string.Empty, "--reference", "2026-11-21T00:00:00", "it started 2 days ago, yeah");

        Assert.Equal(0, exit);
        Assert.Empty(error);
        using var json = JsonDocument.Parse(output);
        var results = json.RootElement.EnumerateArray().ToList();
        var date = results.Single(r => r.GetProperty("TypeName").GetString() == "datetimeV2.date");
        Assert.Equal("2 days ago", date.GetProperty("Text").GetString());
        Assert.Equal(11, date.GetProperty("Start").GetInt32());
        Assert.Equal(20, date.GetProperty("End").GetInt32());
        Assert.Equal("2026-11-19", date.GetProperty("Resolution").GetProperty("values")[0].GetProperty("value").GetString());
        Assert.Contains(results, r => r.GetProperty("TypeName").GetString() == "boolean" && r.GetProperty("Resolution").GetProperty("value").GetBoolean());
        Assert.Contains(results, r => r.GetProperty("TypeName").GetString() == "number" && r.GetProperty("Text").GetString() == "2");
    }

    [Fact]
    public void PrintsOneArrayPerLineOfStandardInputWhenNoTextIsGiven()
    {
        var (exit, output, _) = Run("since last Monday\n2-3 wks\n\n", "--culture", "en-GB", "--reference", "2026-11-21T00:00:00");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, exit);
        Assert.Equal(3, lines.Length);
        Assert.Contains("\"start\":\"2026-11-09\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"maxTimex\":\"P3W\"", lines[1], StringComparison.Ordinal);
        Assert.Equal("[]", lines[2].Trim());
    }

    [Fact]
    public void UsesTheTimeProviderWhenNoReferenceIsGiven()
    {
        var (_, output, _) = Run(string.Empty, "yesterday");

        Assert.Contains("\"value\":\"2026-11-20\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAnUnsupportedCultureWithExitCodeTwoAndAClearMessage()
    {
        var (exit, output, error) = Run(string.Empty, "--culture", "fr-FR", "trois jours");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("Culture 'fr-FR' is not supported", error, StringComparison.Ordinal);
    }

    [Fact]
    public void RejectsAReferenceThatIsNotADate()
    {
        var (exit, _, error) = Run(string.Empty, "--reference", "last tuesday", "3 days");

        Assert.Equal(2, exit);
        Assert.Contains("--reference", error, StringComparison.Ordinal);
    }

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 21, 9, 30, 0, TimeSpan.Zero);

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }
}
