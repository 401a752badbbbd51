using BotService.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotService.Protocol.Transcripts;

/// <summary>
/// Records each turn's incoming activity and the bot's replies to a <see cref="FileTranscriptStore"/> when
/// <c>Transcripts:Enabled</c> is true, redacted (<see cref="TranscriptRedactor"/>) unless <c>Transcripts:Redact</c> is
/// false. It never fails a turn: a write error is logged (without any content) and the turn goes on. Register it before
/// the state middleware, so a turn the conflict guard re-runs is recorded once. A turn that asks for
/// <see cref="PersonalDataErasure"/> deletes the conversation's transcript and is not recorded itself.
/// </summary>
public sealed partial class TranscriptLoggerMiddleware(
    IOptions<TranscriptOptions> options, FileTranscriptStore store, TimeProvider time, ILogger<TranscriptLoggerMiddleware> logger) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var settings = options.Value;
        if (!settings.Enabled)
        {
            await next(cancellationToken).ConfigureAwait(false);

            // A transcript written while transcripts were on (before a restart) is still personal data.
            if (PersonalDataErasure.IsRequested(turnContext))
            {
                await EraseAsync(turnContext.Activity).ConfigureAwait(false);
            }

            return;
        }

        var inbound = turnContext.Activity;
        var recorded = new List<Activity> { Prepare(inbound, settings.Redact, RoleTypes.User) };
        turnContext.OnSendActivities(async (context, activities, send) =>
        {
            var responses = await send().ConfigureAwait(false);
            lock (recorded)
            {
                recorded.AddRange(activities.Where(a => a.Type != ActivityTypes.Trace).Select(a => Prepare(a, settings.Redact, RoleTypes.Bot)));
            }

            return responses;
        });

        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (PersonalDataErasure.IsRequested(turnContext))
            {
                // The erasing turn itself is not recorded either: it would start a new file with the request in it.
                await EraseAsync(inbound).ConfigureAwait(false);
            }
            else
            {
                await RecordAsync(inbound, recorded).ConfigureAwait(false);
            }
        }
    }

    private async Task RecordAsync(Activity inbound, List<Activity> recorded)
    {
        try
        {
            List<Activity> snapshot;
            lock (recorded)
            {
                snapshot = [.. recorded];
            }

            await store.AppendAsync(inbound.ChannelId, inbound.Conversation?.Id, snapshot, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Text.Json.JsonException)
        {
            LogWriteFailed(logger, ex.GetType().Name);
        }
    }

    private async Task EraseAsync(Activity inbound)
    {
        try
        {
            // Not the turn's token: the confirmation has gone out, so the deletion must not be skipped half way.
            await store.DeleteAsync(inbound.ChannelId, inbound.Conversation?.Id, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            LogDeleteFailed(logger, Path.GetFileName(store.PathFor(inbound.ChannelId, inbound.Conversation?.Id)), ex.GetType().Name);
        }
    }

    private Activity Prepare(Activity activity, bool redact, string role)
    {
        var copy = redact ? TranscriptRedactor.Redact(activity) : activity.Clone();
        copy.Timestamp ??= time.GetUtcNow();
        if (copy.From is { Role: null } from)
        {
            copy.From = new ChannelAccount { Id = from.Id, Name = redact ? null : from.Name, Role = role };
        }

        return copy;
    }

    [LoggerMessage(EventId = 1201, EventName = "TranscriptWriteFailed", Level = LogLevel.Warning,
        Message = "A transcript could not be written ({ExceptionType}); the turn went on without it")]
    private static partial void LogWriteFailed(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 1202, EventName = "TranscriptDeleteFailed", Level = LogLevel.Error,
        Message = "The transcript {File} could not be deleted after \"delete my data\" ({ExceptionType}); delete it by hand")]
    private static partial void LogDeleteFailed(ILogger logger, string file, string exceptionType);
}
