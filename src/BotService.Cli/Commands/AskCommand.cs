using System.CommandLine;
using System.Globalization;
using BotService.Content;
using BotService.Content.Loading;

namespace BotService.Cli.Commands;

/// <summary><c>botservice ask "question"</c>: the content base's answer with its sources, then the top passages and scores.</summary>
public static class AskCommand
{
    /// <summary>Exit code when the content base has no confident answer (the question is out of scope).</summary>
    public const int NoAnswerExitCode = 1;

    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question, as a user would type it" };
        var top = new Option<int>("--top") { Description = "How many passages to list", DefaultValueFactory = _ => 3 };
        var data = new Option<string?>("--data") { Description = "The content folder (default: the Data folder beside the program)" };
        var command = new Command("ask", "Answer a question from the content base and show the top passages with their scores")
        {
            question, top, data,
        };
        command.SetAction(parse => Run(
            parse.GetValue(question) ?? string.Empty,
            Math.Clamp(parse.GetValue(top), 1, 20),
            parse.GetValue(data),
            parse.InvocationConfiguration.Output));
        return command;
    }

    private static int Run(string question, int top, string? dataPath, TextWriter output)
    {
        var options = new ContentOptions();
        if (!string.IsNullOrWhiteSpace(dataPath))
        {
            options.DataPath = Path.GetFullPath(dataPath);
        }

        using var answerer = new ContentAnswerer(ContentLoader.Load(options.ResolveDataPath()), options);
        var answer = answerer.Answer(question);
        if (answer is null)
        {
            output.WriteLine("No answer: the content base has nothing confident to say about that.");
        }
        else
        {
            output.WriteLine($"{answer.Entry.Title} [{answer.Entry.Id}]");
            output.WriteLine();
            output.WriteLine(answer.Entry.Text);
            output.WriteLine();
            output.WriteLine(answer.SourceLine);
        }

        output.WriteLine();
        output.WriteLine($"Top passages ({answerer.Explain(question)}):");
        var passages = answerer.Search(question, top);
        if (passages.Count == 0)
        {
            output.WriteLine("  (none)");
        }

        foreach (var (passage, rank) in passages.Select((p, i) => (p, i + 1)))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {rank}. {passage.Score,7:0.00}  {passage.Entry.Id}  ({passage.Entry.Title})"));
        }

        return answer is null ? NoAnswerExitCode : 0;
    }
}
