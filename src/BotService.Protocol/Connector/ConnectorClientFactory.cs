using BotService.Protocol.Authentication;
using BotService.Protocol.Hosting;
using Microsoft.Extensions.Options;

namespace BotService.Protocol.Connector;

/// <summary>Creates Connector clients on pooled HttpClients from <see cref="IHttpClientFactory"/>.</summary>
public sealed class ConnectorClientFactory(
    IHttpClientFactory httpClientFactory, IBotTokenProvider tokenProvider, IOptions<BotOptions> options, TimeProvider timeProvider)
{
    /// <summary>Name of the HttpClient used for Connector calls.</summary>
    public const string HttpClientName = "BotService.Connector";

    private readonly RetryPolicy _retryPolicy = new(
        options.Value.ConnectorMaxRetries,
        TimeSpan.FromMilliseconds(options.Value.ConnectorRetryBaseDelayMilliseconds),
        TimeSpan.FromMilliseconds(options.Value.ConnectorRetryMaxDelayMilliseconds));

    private readonly TimeSpan _waitBudget = TimeSpan.FromMilliseconds(options.Value.ConnectorWaitBudgetMilliseconds);

    /// <summary>A new wait budget for one inbound request's sends (<see cref="BotOptions.ConnectorWaitBudgetMilliseconds"/>).</summary>
    public ConnectorWaitBudget CreateWaitBudget() => new(_waitBudget);

    /// <summary>A client whose retries wait only while the waits fit <paramref name="waitBudget"/> (none: the policy alone).</summary>
    public ConnectorClient Create(ConnectorWaitBudget? waitBudget = null) =>
        new(httpClientFactory.CreateClient(HttpClientName), tokenProvider, _retryPolicy, timeProvider, waitBudget);
}
