using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BotService.Protocol.Hosting.RateLimiting;

/// <summary>Per-client (remote IP) and per-conversation limits on <c>/api/messages</c>, 429 with Retry-After.</summary>
public static class RateLimitingExtensions
{
    public const string PerClientPolicy = "BotMessagesPerClient";

    public static IServiceCollection AddBotRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RateLimitOptions>()
            .Bind(configuration.GetSection(RateLimitOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<ConversationRateLimiter>();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                return WriteTooManyAsync(context.HttpContext, retryAfter, cancellationToken);
            };
            limiter.AddPolicy(PerClientPolicy, PerClientPartition);
        });
        return services;
    }

    /// <summary>Applies the per-client policy (call <c>app.UseRateLimiter()</c> in the pipeline).</summary>
    public static TBuilder RequireBotRateLimits<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRateLimiting(PerClientPolicy);

    /// <summary>429 problem+json with a whole-seconds Retry-After (at least 1).</summary>
    public static ValueTask WriteTooManyAsync(HttpContext httpContext, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds(retryAfter);
        return new ValueTask(Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            detail: "Slow down and try again after the Retry-After delay.").ExecuteAsync(httpContext));
    }

    public static string RetryAfterSeconds(TimeSpan? retryAfter) =>
        Math.Max(1, (int)Math.Ceiling((retryAfter ?? TimeSpan.FromSeconds(1)).TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    internal static RateLimitPartition<string> PerClientPartition(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        if (!options.Enabled)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetTokenBucketLimiter(client, _ => PerMinuteTokenBucket.Options(options.PerClientPerMinute, options.PerClientBurst));
    }
}
