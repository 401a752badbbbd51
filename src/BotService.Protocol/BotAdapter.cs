using System.Globalization;
using BotService.Protocol.Schema;

namespace BotService.Protocol;

/// <summary>
/// Connects the bot to a channel: runs middleware then the bot for each inbound activity, and delivers what
/// the bot sends. An exception in the turn goes to <see cref="OnTurnError"/> when one is set (style.md §2.1).
/// </summary>
public abstract class BotAdapter
{
    /// <summary>The key under which the adapter keeps the invoke answer in turn state.</summary>
    public const string InvokeResponseKey = "BotFrameworkAdapter.InvokeResponse";

    protected MiddlewareSet MiddlewareSet { get; } = new();

    /// <summary>Called with any exception the turn throws; the turn still completes when it returns.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    public BotAdapter Use(IMiddleware middleware)
    {
        MiddlewareSet.Use(middleware);
        return this;
    }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    public virtual Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This channel does not support updating activities.");

    public virtual Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This channel does not support deleting activities.");

    /// <summary>Runs the middleware and then <paramref name="callback"/>, routing exceptions to <see cref="OnTurnError"/>.</summary>
    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var previousCulture = CultureInfo.CurrentCulture;
        TrySetCulture(turnContext.Activity.Locale);
        try
        {
            await MiddlewareSet.ReceiveActivityWithStatusAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (OnTurnError is not null && ex is not OperationCanceledException)
        {
            await OnTurnError(turnContext, ex).ConfigureAwait(false);
        }
        finally
        {
            CultureInfo.CurrentCulture = previousCulture;
        }
    }

    private static void TrySetCulture(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return;
        }

        try
        {
            // A new object, not GetCultureInfo: that caches every name it is given for the life of the process, and
            // the locale comes from the client.
            CultureInfo.CurrentCulture = new CultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            // An unknown locale is not a reason to fail the turn (the SDK tolerates it too).
        }
    }
}
