using BotService.Protocol;
using BotService.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotService.Teams;

/// <summary>
/// On msteams only, when <c>Teams:AllowedTenants</c> lists tenants: an activity from any other organisation (or
/// naming none) never reaches the bot. Channel authentication proves that Teams sent the activity, not whose
/// organisation it came from, so a clinic's own app would otherwise answer anyone it is shared with. A message gets a
/// short notice that still points to the emergency number; anything else ends quietly (an invoke then gets 501).
/// </summary>
public sealed partial class TeamsTenantFilterMiddleware(IReadOnlyCollection<string> allowedTenants, ILogger<TeamsTenantFilterMiddleware>? logger = null) : IMiddleware
{
    public const string NotAvailableText =
        "Sorry, this bot is not available for your organisation. In an emergency, call your local emergency number now.";

    private readonly HashSet<string> _allowed = new(allowedTenants ?? [], StringComparer.OrdinalIgnoreCase);
    private readonly ILogger _logger = logger ?? NullLogger<TeamsTenantFilterMiddleware>.Instance;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (_allowed.Count == 0 || !activity.IsTeams() || IsAllowed(activity))
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        Refused(_logger, activity.Type ?? "(none)");
        if (activity.IsType(ActivityTypes.Message))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(NotAvailableText), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Every tenant the activity names (the conversation's and the channel data's) must be listed, and it must name one.</summary>
    private bool IsAllowed(Activity activity)
    {
        var fromConversation = activity.Conversation?.TenantId;
        var fromChannelData = activity.ReadChannelDataString("tenant", "id");
        string?[] named = [fromConversation, fromChannelData];
        var present = named.Where(t => !string.IsNullOrEmpty(t)).ToList();
        return present.Count > 0 && present.TrueForAll(t => _allowed.Contains(t!));
    }

    [LoggerMessage(EventId = 8104, Level = LogLevel.Information, Message = "A Teams {ActivityType} activity from an organisation not in Teams:AllowedTenants was not answered")]
    private static partial void Refused(ILogger logger, string activityType);
}
