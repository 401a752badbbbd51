using BotService.Protocol.Schema;
using BotService.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotService.Protocol.State;

/// <summary>
/// Answers a lost optimistic-concurrency race on bot state, which happens when two host processes run turns of
/// one conversation at the same time (within one process <see cref="ConversationLockMiddleware"/> prevents it).
/// The losing turn's state changes are dropped, never merged over the winner's. Then:
/// <list type="bullet">
/// <item>if nothing of the turn has left the process (its replies were buffered for <c>expectReplies</c>, or it
/// sent nothing), the turn is run again once on fresh state and only the second run's replies go out;</item>
/// <item>otherwise (or if the re-run loses again) the user is told <see cref="RepeatMessage"/>, so the message is
/// never silently lost.</item>
/// </list>
/// Sits between <see cref="ConversationLockMiddleware"/> and <see cref="AutoSaveStateMiddleware"/>.
/// </summary>
public sealed class StateConflictMiddleware(BotStateSet states, ILogger<StateConflictMiddleware>? logger = null) : IMiddleware
{
    public const string RepeatMessage = "Sorry, I got two messages at once and lost track. Could you say that again?";

    private readonly ILogger _logger = logger ?? NullLogger<StateConflictMiddleware>.Instance;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }
        catch (StorageConflictException ex) when (CanReplay(turnContext))
        {
            StateLog.StateConflictReplay(_logger, turnContext.Activity.ChannelId, ex.Key);
            states.ForgetAll(turnContext);
            ((TurnContext)turnContext).ResetForReplay();
        }
        catch (StorageConflictException ex)
        {
            await ApologiseAsync(turnContext, ex, cancellationToken).ConfigureAwait(false);
            return;
        }

        try
        {
            await next(cancellationToken).ConfigureAwait(false);
        }
        catch (StorageConflictException ex)
        {
            if (CanReplay(turnContext))
            {
                ((TurnContext)turnContext).ResetForReplay();
            }

            await ApologiseAsync(turnContext, ex, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>True when no reply of this turn has reached the channel yet.</summary>
    private static bool CanReplay(ITurnContext turnContext) =>
        turnContext is TurnContext context &&
        (!context.Responded || string.Equals(context.Activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal));

    private async Task ApologiseAsync(ITurnContext turnContext, StorageConflictException ex, CancellationToken cancellationToken)
    {
        StateLog.StateConflictApology(_logger, turnContext.Activity.ChannelId, ex.Key);
        states.ForgetAll(turnContext);
        await turnContext.SendActivityAsync(RepeatMessage, inputHint: InputHints.ExpectingInput, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
