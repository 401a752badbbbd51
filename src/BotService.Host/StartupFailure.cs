using System.Reflection;
using BotService.Content;
using BotService.Storage;
using BotService.Triage.Rules;
using Microsoft.Extensions.Options;

namespace BotService.Host;

/// <summary>
/// Turns a configuration or database problem found at start-up into one clear sentence for the operator,
/// instead of a stack trace (issue 3: "one clear error message, not a stack trace").
/// </summary>
internal static class StartupFailure
{
    /// <summary>The operator-facing message, or null when the exception is not a known start-up problem.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        OptionsValidationException invalid => string.Join(Environment.NewLine, invalid.Failures),
        StorageUnavailableException unavailable => unavailable.Message,
        ContentValidationException content => content.Message,
        RuleSetException rules => rules.Message,
        AggregateException { InnerExceptions.Count: 1 } aggregate => Describe(aggregate.InnerExceptions[0]),
        { InnerException: { } inner } => Describe(inner),
        _ => null,
    };

    /// <summary>
    /// True when this assembly is the process's entry point (<c>dotnet run</c>, <c>dotnet BotService.Host.dll</c>);
    /// false inside a test host such as WebApplicationFactory, where the exception must reach the test.
    /// </summary>
    public static bool IsProcessEntryPoint => Assembly.GetEntryAssembly() == typeof(StartupFailure).Assembly;

    /// <summary>
    /// Runs the host. As the process's entry point, a known start-up problem is printed as one message and gives
    /// exit code 1; otherwise every exception propagates unchanged.
    /// </summary>
    public static int Run(Action start, bool isProcessEntryPoint)
    {
        try
        {
            start();
            return 0;
        }
        catch (Exception ex) when (isProcessEntryPoint && Describe(ex) is { } message)
        {
            Console.Error.WriteLine($"BotService cannot start: {message}");
            return 1;
        }
    }
}
