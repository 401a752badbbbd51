using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using BotService.Recognizers;

namespace BotService.Cli.Commands;

/// <summary>
/// <c>botservice recognize [--culture en-US] [--reference 2026-11-21T00:00:00] ["text"]</c>: prints one JSON
/// array of every recognizer's results (Microsoft.Recognizers.Text shape) for the text, or for each line of
/// standard input. An unsupported culture or a bad reference is an error on stderr with exit code 2.
/// </summary>
public static class RecognizeCommand
{
    public const int UsageError = 2;

    private static readonly JsonSerializerOptions Json = new()
    {
        // Keep emoji and quotes readable: the output is for people and scripts, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly string[] ReferenceFormats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd"];

    public static Command Create() => Create(Console.In, TimeProvider.System);

    /// <summary>The command reading standard input from <paramref name="input"/>; without --reference it uses <paramref name="time"/>.</summary>
    public static Command Create(TextReader input, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(time);
        var text = new Argument<string?>("text") { Description = "The text to recognize; without it, each line of standard input.", Arity = ArgumentArity.ZeroOrOne };
        var culture = new Option<string>("--culture") { Description = "Culture of the text (English: en-US, en-GB, en).", DefaultValueFactory = _ => "en-US" };
        var reference = new Option<string?>("--reference") { Description = "Reference date and time for relative expressions, e.g. 2026-11-21T00:00:00 (default: now, local time)." };
        var command = new Command("recognize", "Recognize numbers, durations, spans, frequencies and yes/no in text and print the results as JSON.")
        {
            text, culture, reference,
        };
        command.SetAction(parse => Run(
            parse.GetValue(text), parse.GetValue(culture) ?? Culture.English, parse.GetValue(reference), input, time,
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(string? text, string culture, string? referenceText, TextReader input, TimeProvider time, TextWriter output, TextWriter error)
    {
        if (!Culture.IsSupported(culture))
        {
            error.WriteLine($"error: {new UnsupportedCultureException(culture).Message}");
            return UsageError;
        }

        var reference = time.GetLocalNow().DateTime;
        if (referenceText is not null && !DateTime.TryParseExact(referenceText, ReferenceFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out reference))
        {
            error.WriteLine($"error: --reference '{referenceText}' is not a date and time like 2026-11-21T00:00:00.");
            return UsageError;
        }

        if (text is not null)
        {
            Write(text, culture, reference, output);
            return 0;
        }

        while (input.ReadLine() is { } line)
        {
            Write(line, culture, reference, output);
        }

        return 0;
    }

    private static void Write(string text, string culture, DateTime reference, TextWriter output) =>
        output.WriteLine(JsonSerializer.Serialize(EntityRecognizer.RecognizeAll(text, culture, reference), Json));
}
