using BotService.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotService.Protocol.Transcripts;

/// <summary>
/// Records each turn's incoming activity and the bot's replies to a <see cref="FileTranscriptStore"/> when
/// <c>Transcripts:Enabled</c> is true, redacted (<see cref="TranscriptRedactor"/>) unless <c>Transcripts:Redact</c> is
/// false. It never fails a turn: a write error is logged (without any content) and the turn goes on. Register it before
/// the state middleware, so a turn the conflict guard re-runs is recorded once.
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
}
