using System.Runtime.ExceptionServices;
using BotService.Protocol.Connector;
using BotService.Protocol.Schema;
using BotService.Storage;
using Microsoft.Extensions.Logging;

namespace BotService.Protocol.Hosting;

/// <summary>
/// The adapter's OnTurnError: logs the failure without any message text, apologises to the user, clears the
/// conversation state through every registered <see cref="IConversationStateCleaner"/>, and sends a trace
/// (shown only in the Emulator). Each step is guarded so that one failing does not hide the others. Two failures keep
/// the stored conversation, because the turn's own changes were never saved and the person's progress is intact: an
/// unreachable state store (the person is asked to send the message again) and a reply that could not be delivered
/// (<see cref="ReplyDeliveryException"/>, rethrown so that the host answers the channel with an error).
/// </summary>
public sealed partial class BotTurnErrorHandler(
    IEnumerable<IConversationStateCleaner> stateCleaners, ILogger<BotTurnErrorHandler> logger, IEmergencyNumbers? emergencyNumbers = null)
{
    private const string LocalEmergencyNumber = "your local emergency number";

    /// <summary>
    /// What the user reads; it also says where to get help, since they may be unwell (triage-guidance). With
    /// <see cref="IEmergencyNumbers"/> registered the person reads the number itself (<see cref="Apology"/>).
    /// </summary>
    public const string ApologyText =
        "Sorry, something went wrong on my side. Please try again. " +
        "If your symptoms are severe or getting worse, contact a doctor, or call " + LocalEmergencyNumber + " in an emergency.";

    /// <summary>
    /// What the user reads when the state database cannot be reached: the message was not taken in, nothing is lost,
    /// and sending it again later will work.
    /// </summary>
    public const string StorageUnavailableText =
        "Sorry, I can't reach my records right now, so I couldn't take in that message. Please try again in a minute; " +
        "nothing you told me before is lost. If your symptoms are severe or getting worse, contact a doctor, or call " +
        LocalEmergencyNumber + " in an emergency.";

    /// <summary><see cref="ApologyText"/> naming <paramref name="emergencyNumber"/> (when there is one) as the number to call.</summary>
    public static string Apology(string? emergencyNumber) => Naming(ApologyText, emergencyNumber);

    /// <summary><see cref="StorageUnavailableText"/> naming <paramref name="emergencyNumber"/> (when there is one).</summary>
    public static string StorageUnavailable(string? emergencyNumber) => Naming(StorageUnavailableText, emergencyNumber);

    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(exception);
        var activity = turnContext.Activity;
        if (Find<ReplyDeliveryException>(exception) is { } undelivered and not ConnectorException { RefusedByTheChannel: true })
        {
            // Nothing reached the person, and an apology would fail the same way, after the same retries. The host
            // logs it once and answers the channel with an error, not as if the turn had been answered. A reply the
            // channel itself refused (a card it cannot show, say) would be refused on every try: that turn failed, and
            // takes the apology below, which is plain text, and the fresh start that ends the loop.
            ExceptionDispatchInfo.Throw(undelivered);
        }

        if (Find<StorageUnavailableException>(exception) is not null)
        {
            // The stored conversation is intact but unreachable: clearing it (below) would throw away the person's
            // progress, and the turn's own changes were never saved. Ask them to resend; the next turn reads it again.
            LogStorageUnavailable(logger, activity.Type, activity.ChannelId);
            try
            {
                await turnContext.SendActivityAsync(StorageUnavailable(EmergencyNumber(activity)), inputHint: InputHints.AcceptingInput).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not (OperationCanceledException or ReplyDeliveryException))
            {
                // A notice that could not be delivered leaves the turn unanswered: that propagates, as above.
                LogErrorStepFailed(logger, "storage notice", ex.GetType().Name);
            }

            return;
        }

        LogTurnFailed(logger, exception.GetType().Name, activity.Type, activity.ChannelId, exception);

        await TryAsync("apology", () => turnContext.SendActivityAsync(Apology(EmergencyNumber(activity)), inputHint: InputHints.AcceptingInput)).ConfigureAwait(false);
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

    private static string Naming(string text, string? emergencyNumber) =>
        string.IsNullOrWhiteSpace(emergencyNumber) ? text : text.Replace(LocalEmergencyNumber, emergencyNumber, StringComparison.Ordinal);

    /// <summary>The region's number; a failure to find it must not keep the person from the message.</summary>
    private string? EmergencyNumber(Activity activity)
    {
        try
        {
            return emergencyNumbers?.For(activity.Locale);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogErrorStepFailed(logger, "emergency number", ex.GetType().Name);
            return null;
        }
    }

    private static T? Find<T>(Exception exception) where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is T found)
            {
                return found;
            }
        }

        return null;
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

    [LoggerMessage(EventId = 1003, EventName = "TurnStorageUnavailable", Level = LogLevel.Warning,
        Message = "A {ActivityType} turn from channel {ChannelId} could not reach the state storage; the user was asked to try again")]
    private static partial void LogStorageUnavailable(ILogger logger, string? activityType, string? channelId);

    [LoggerMessage(EventId = 1002, EventName = "TurnErrorStepFailed", Level = LogLevel.Warning,
        Message = "The turn error handler could not complete the {Step} step ({ExceptionType})")]
    private static partial void LogErrorStepFailed(ILogger logger, string step, string exceptionType);
}
