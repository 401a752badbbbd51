using System.Security.Claims;
using System.Text.Json;
using BotService.Protocol.Authentication;
using BotService.Protocol.Connector;
using BotService.Protocol.Schema;

namespace BotService.Protocol.Hosting;

/// <summary>
/// The adapter for Bot Framework channels over HTTP (the SDK's CloudAdapter): authenticates the inbound
/// activity, runs every registered middleware and then the bot, and delivers replies through the channel's
/// Connector at the activity's serviceUrl, in order. Trace activities go only to the Emulator.
/// </summary>
public sealed class CloudAdapter : BotAdapter
{
    private const string ConnectorKey = "BotService.ConnectorClient";
    private readonly BotFrameworkAuthenticator _authenticator;
    private readonly ConnectorClientFactory _connectors;
    private readonly TimeProvider _timeProvider;

    public CloudAdapter(
        BotFrameworkAuthenticator authenticator,
        ConnectorClientFactory connectors,
        IEnumerable<IMiddleware> middleware,
        BotTurnErrorHandler errorHandler,
        TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        ArgumentNullException.ThrowIfNull(errorHandler);
        _authenticator = authenticator;
        _connectors = connectors;
        _timeProvider = timeProvider;
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = errorHandler.HandleAsync;
    }

    /// <summary>
    /// Authenticates and runs one turn. Throws <see cref="BotAuthenticationException"/> when authentication fails.
    /// </summary>
    public async Task<BotTurnResult> ProcessActivityAsync(
        string? authorizationHeader, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var auth = await AuthenticateAsync(authorizationHeader, activity, cancellationToken).ConfigureAwait(false);
        return await ProcessAuthenticatedActivityAsync(auth, activity, callback, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Checks the request's credentials against the activity (protocol.md §3). Throws
    /// <see cref="BotAuthenticationException"/> when they fail. Separate from the turn so that the endpoint can refuse an
    /// unauthenticated request before it counts against anything a genuine sender shares, such as a conversation's rate.
    /// </summary>
    internal Task<BotAuthenticationResult> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        _authenticator.AuthenticateAsync(authorizationHeader, activity, cancellationToken);

    /// <summary>Runs one turn for an activity whose request <see cref="AuthenticateAsync"/> accepted.</summary>
    internal async Task<BotTurnResult> ProcessAuthenticatedActivityAsync(
        BotAuthenticationResult auth, Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auth);
        ArgumentNullException.ThrowIfNull(activity);

        // callerId is set here after authentication and never trusted from the wire (SPEC-ACT A2250).
        activity.CallerId = auth.CallerId;
        var context = new TurnContext(this, activity);
        context.TurnState.Set<ClaimsIdentity>(auth.Identity);
        // One wait budget for all of this request's sends, so that retries and pacing cannot hold the channel's call
        // (and the conversation's lock) past it.
        var waitBudget = _connectors.CreateWaitBudget();
        context.TurnState.Set(waitBudget);
        // Made on the first send: a turn answered in the response body (expectReplies) never needs one. Thread-safe,
        // since the typing indicator may send from a timer while the turn sends its replies.
        context.TurnState.Set(ConnectorKey, new Lazy<ConnectorClient>(() => _connectors.Create(waitBudget)));
        await RunPipelineAsync(context, callback, cancellationToken).ConfigureAwait(false);
        return TurnResult(context);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Count];

        // One at a time, so that the channel receives the replies of a turn in the order they were sent.
        for (var i = 0; i < activities.Count; i++)
        {
            responses[i] = await SendOneAsync(turnContext, activities[i], cancellationToken).ConfigureAwait(false);
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        Connector(turnContext).UpdateActivityAsync(activity, cancellationToken);

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        Connector(turnContext).DeleteActivityAsync(reference, cancellationToken);

    private async Task<ResourceResponse> SendOneAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Delay:
                await Task.Delay(DelayOf(activity), _timeProvider, cancellationToken).ConfigureAwait(false);
                return new ResourceResponse(null);
            case ActivityTypes.InvokeResponse:
                if (activity.Value is InvokeResponse invokeResponse)
                {
                    turnContext.TurnState.Set(InvokeResponseKey, invokeResponse);
                }

                return new ResourceResponse(null);
            case ActivityTypes.Trace when !string.Equals(turnContext.Activity.ChannelId, Channels.Emulator, StringComparison.Ordinal):
                return new ResourceResponse(null);
        }

        // Ids are the channel's to assign (protocol.md §1.3).
        var outgoing = activity.Clone();
        outgoing.Id = null;
        return await Connector(turnContext).SendToConversationAsync(outgoing, cancellationToken).ConfigureAwait(false);
    }

    private static BotTurnResult TurnResult(TurnContext context)
    {
        var invokeResponse = context.TurnState.Get<InvokeResponse>(InvokeResponseKey);
        if (string.Equals(context.Activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal))
        {
            // expectReplies wins over invoke; the invoke answer travels as an invokeResponse activity (protocol.md §1.8).
            var replies = context.BufferedReplyActivities.Select(a => { var c = a.Clone(); c.Id = null; return c; }).ToList();
            if (invokeResponse is not null)
            {
                replies.Add(new Activity { Type = ActivityTypes.InvokeResponse, Value = invokeResponse });
            }

            return new BotTurnResult(200, new ExpectedReplies(replies));
        }

        if (string.Equals(context.Activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal))
        {
            return invokeResponse is null ? new BotTurnResult(501) : new BotTurnResult(invokeResponse.Status, invokeResponse.Body);
        }

        return BotTurnResult.Ok;
    }

    private static ConnectorClient Connector(ITurnContext turnContext) =>
        turnContext.TurnState.Get<Lazy<ConnectorClient>>(ConnectorKey)?.Value
        ?? throw new InvalidOperationException("This turn was not started by the CloudAdapter.");

    /// <summary>The wait a <c>delay</c> activity asks for, kept between 0 and 60 s.</summary>
    private static TimeSpan DelayOf(Activity activity)
    {
        var milliseconds = activity.Value switch
        {
            int ms => ms,
            long ms => ms,
            JsonElement { ValueKind: JsonValueKind.Number } e when e.TryGetInt64(out var ms) => ms,
            _ => 0,
        };
        return TimeSpan.FromMilliseconds(Math.Clamp(milliseconds, 0, 60_000));
    }
}
