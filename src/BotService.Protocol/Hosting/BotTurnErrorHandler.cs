using BotService.Protocol.Schema;
using Microsoft.Extensions.Logging;

namespace BotService.Protocol.Hosting;

/// <summary>
/// The adapter's OnTurnError: logs the failure without any message text, apologises to the user, clears the
/// conversation state through every registered <see cref="IConversationStateCleaner"/>, and sends a trace
/// (shown only in the Emulator). Each step is guarded so that one failing does not hide the others.
/// </summary>
public sealed partial class BotTurnErrorHandler(IEnumerable<IConversationStateCleaner> stateCleaners, ILogger<BotTurnErrorHandler> logger)
{
    /// <summary>What the user reads; it also says where to get help, since they may be unwell (triage-guidance).</summary>
    public const string ApologyText =
        "Sorry, something went wrong on my side. Please try again. " +
        "If your symptoms are severe or getting worse, contact a doctor, or call your local emergency number in an emergency.";

    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        var activity = turnContext.Activity;
        LogTurnFailed(logger, exception.GetType().Name, activity.Type, activity.ChannelId, exception);

        await TryAsync("apology", () => turnContext.SendActivityAsync(ApologyText, inputHint: InputHints.AcceptingInput)).ConfigureAwait(false);
        foreach (var cleaner in stateCleaners)
        {
            await TryAsync("clear conversation state", () => cleaner.ClearAsync(turnContext, CancellationToken.None)).ConfigureAwait(false);
        }

        var trace = new Activity
        {
            Type = ActivityTypes.Trace,
            Name = "OnTurnError Trace",
            Label = "TurnError",
            ValueType = "https://www.botframework.com/schemas/error",
            Value = exception.GetType().FullName,
        };
        await TryAsync("trace", () => turnContext.SendActivityAsync(trace)).ConfigureAwait(false);
    }

    private async Task TryAsync(string step, Func<Task> action)
    {
        try
        {
            await action().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogErrorStepFailed(logger, step, ex.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 1001, EventName = "TurnFailed", Level = LogLevel.Error,
        Message = "A turn failed with {ExceptionType} on a {ActivityType} activity from channel {ChannelId}")]
    private static partial void LogTurnFailed(ILogger logger, string exceptionType, string? activityType, string? channelId, Exception exception);

    [LoggerMessage(EventId = 1002, EventName = "TurnErrorStepFailed", Level = LogLevel.Warning,
        Message = "The turn error handler could not complete the {Step} step ({ExceptionType})")]
    private static partial void LogErrorStepFailed(ILogger logger, string step, string exceptionType);
}
