using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using BotService.Protocol.Authentication;
using BotService.Protocol.Schema;

namespace BotService.Protocol.Connector;

/// <summary>
/// The Connector REST API of a channel (protocol.md §2.1): send, reply, update and delete activities at the
/// activity's serviceUrl. Path ids are escaped (Emulator ids contain <c>|</c>), the bot token is attached when
/// an app id is configured, and throttling and gateway errors are retried (<see cref="RetryPolicy"/>) while the waits fit
/// the turn's <see cref="ConnectorWaitBudget"/> (none: only the policy bounds them), which also bounds how long a call
/// may go unanswered. Every way a call can fail to deliver ends as a <see cref="ConnectorException"/>: a status after
/// the retries or once the next wait would not fit the budget, a call left unanswered past it, a token that could not
/// be fetched (or not within the budget: the token and the call share one allowance), a Connector that could not be reached.
/// </summary>
public sealed class ConnectorClient(
    HttpClient httpClient, IBotTokenProvider tokenProvider, RetryPolicy retryPolicy, TimeProvider timeProvider, ConnectorWaitBudget? waitBudget = null)
{
    public async Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var uri = ActivitiesUri(activity, activityId: activity.ReplyToId);
        using var response = await SendAsync(HttpMethod.Post, uri, activity, cancellationToken).ConfigureAwait(false);
        return await ReadResourceResponseAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var activityId = activity.Id ?? throw new ArgumentException("An update needs the activity id.", nameof(activity));
        using var response = await SendAsync(HttpMethod.Put, ActivitiesUri(activity, activityId), activity, cancellationToken).ConfigureAwait(false);
        return await ReadResourceResponseAsync(response, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteActivityAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var target = new Activity { ServiceUrl = reference.ServiceUrl, Conversation = reference.Conversation };
        var activityId = reference.ActivityId ?? throw new ArgumentException("A delete needs the activity id.", nameof(reference));
        using var response = await SendAsync(HttpMethod.Delete, ActivitiesUri(target, activityId), body: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>{serviceUrl}/v3/conversations/{conversationId}/activities[/{activityId}]</c>, ids escaped.</summary>
    public static Uri ActivitiesUri(Activity activity, string? activityId)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) ||
            (serviceUrl.Scheme != Uri.UriSchemeHttp && serviceUrl.Scheme != Uri.UriSchemeHttps))
        {
            // A bad activity, not a failure to deliver (ConnectorException): the host keeps its answers for those.
            throw new ArgumentException("The activity has no usable serviceUrl.", nameof(activity));
        }

        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            throw new ArgumentException("The activity has no conversation id.", nameof(activity));
        }

        var baseUrl = serviceUrl.AbsoluteUri.EndsWith('/') ? serviceUrl.AbsoluteUri : serviceUrl.AbsoluteUri + "/";
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(activityId))
        {
            path += "/" + Uri.EscapeDataString(activityId);
        }

        return new Uri(baseUrl + path);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri uri, Activity? body, CancellationToken cancellationToken)
    {
        var refreshedToken = false;
        var forceRefresh = false;
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage response;
            var bounded = waitBudget is { Waived: false } && body?.Importance != ActivityImportance.High && body?.Type != ActivityTypes.Typing;
            // One deadline for the token and the call: Azure AD answering slowly holds the turn as a slow Connector does.
            using var deadline = bounded ? CallDeadline(waitBudget!.CallAllowance, cancellationToken) : null;
            var callToken = deadline?.Token ?? cancellationToken;
            var started = timeProvider.GetTimestamp();
            try
            {
                using var request = await CreateRequestAsync(method, uri, body, forceRefresh, callToken, cancellationToken).ConfigureAwait(false);
                forceRefresh = false;
                response = await httpClient.SendAsync(request, callToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException ex) when (deadline is { IsCancellationRequested: true } && !cancellationToken.IsCancellationRequested)
            {
                // A Connector that answers slowly would hold the channel's call and the conversation as throttling would.
                // The channel may still have taken the activity: given up is "not known to be delivered", and a
                // channel that sends the turn again can then show the reply twice, which beats holding the call.
                throw new ConnectorException($"The Connector did not answer {method} within what was left of the turn's wait budget.", ex);
            }
            catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // Refused, reset, or the HttpClient's timeout: the reply did not reach the channel.
                throw new ConnectorException($"The Connector could not be reached for {method} ({ex.GetType().Name}).", ex);
            }
            finally
            {
                if (bounded)
                {
                    waitBudget!.Spend(timeProvider.GetElapsedTime(started));
                }
            }

            if (response.IsSuccessStatusCode)
            {
                if (body?.Importance == ActivityImportance.High)
                {
                    waitBudget?.Waive();
                }

                return response;
            }

            var status = response.StatusCode;
            var retryAfter = response.Headers.RetryAfter;
            response.Dispose();
            if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden && !refreshedToken)
            {
                // A cached token may have been revoked: fetch a new one once and try again (protocol.md §3.b).
                refreshedToken = true;
                forceRefresh = true;
                continue;
            }

            // A typing indicator is not retried: it is stale by the next try, and its waits would come out of the
            // budget the replies need.
            if (!RetryPolicy.IsRetryable(status) || attempt >= retryPolicy.MaxRetries || body?.Type == ActivityTypes.Typing)
            {
                throw new ConnectorException(status, $"The channel answered {(int)status} to {method} on the Connector.");
            }

            var delay = retryPolicy.DelayFor(attempt, retryAfter, timeProvider.GetUtcNow(), Random.Shared.NextDouble());
            // A high-importance activity (the bot's emergency or same-day advice) is retried as the policy allows
            // whatever is left of the budget: late is better than not at all. The turn runs on even if the channel
            // stops waiting for its call (only shutdown cancels it), so these retries are made.
            if (waitBudget is not null && body?.Importance != ActivityImportance.High && !waitBudget.TryTake(delay))
            {
                // Waiting longer would hold the channel's HTTP call and the conversation past what a channel waits
                // for: not delivered, like an exhausted retry (the channel gets 502 and may send the activity again).
                throw new ConnectorException(status, $"The channel answered {(int)status} to {method} on the Connector, and the wait before another try does not fit the turn's wait budget.");
            }

            await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Cancels a call left unanswered for <paramref name="allowance"/>. On the real clock, as the HttpClient's own
    /// timeout is: it bounds waiting on a socket, not a delay the bot chooses.
    /// </summary>
    private static CancellationTokenSource CallDeadline(TimeSpan allowance, CancellationToken cancellationToken)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(allowance);
        return deadline;
    }

    private async Task<HttpRequestMessage> CreateRequestAsync(
        HttpMethod method, Uri uri, Activity? body, bool forceRefresh, CancellationToken callToken, CancellationToken cancellationToken)
    {
        string? token;
        try
        {
            token = await tokenProvider.GetTokenAsync(forceRefresh, callToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (callToken.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new ConnectorException("The bot's token for the Connector was not fetched within what was left of the turn's wait budget.", ex);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Azure AD unreachable or refusing the bot's credentials (MSAL's own exceptions, or HttpRequestException):
            // without a token no reply can be delivered.
            throw new ConnectorException($"The bot's token for the Connector could not be fetched ({ex.GetType().Name}).", ex);
        }

        var request = new HttpRequestMessage(method, uri);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: BotJson.Options);
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    private static async Task<ResourceResponse> ReadResourceResponseAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength == 0)
        {
            return new ResourceResponse(null);
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<ResourceResponse>(BotJson.Options, cancellationToken).ConfigureAwait(false)
                ?? new ResourceResponse(null);
        }
        catch (System.Text.Json.JsonException)
        {
            // Some channels answer 2xx with no JSON body; the send still succeeded.
            return new ResourceResponse(null);
        }
    }
}
