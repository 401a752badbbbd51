using System.Text.RegularExpressions;
using BotService.Protocol;
using BotService.Protocol.Schema;

namespace BotService.Cli.Commands.Chat;

/// <summary>
/// An in-process channel for the terminal: turns typed lines into message activities and prints what the bot
/// sends, with its buttons numbered ("[1] Check my twitching") so a number can be typed instead.
/// </summary>
public sealed partial class ConsoleChannel(TextWriter output, string locale) : BotAdapter
{
    private readonly ConversationAccount _conversation = new("console", "Terminal");
    private readonly ChannelAccount _user = new("console-user", "You", RoleTypes.User);
    private readonly ChannelAccount _bot = new("botservice", "BotService", RoleTypes.Bot);
    private List<string> _buttons = [];

    /// <summary>Runs one turn for <paramref name="activity"/> through the middleware and the bot.</summary>
    public Task RunTurnAsync(Activity activity, BotCallbackHandler bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.ChannelId = Channels.Console;
        activity.Conversation = _conversation;
        activity.From = _user;
        activity.Recipient = _bot;
        activity.Locale = locale;
        activity.ServiceUrl ??= "console://local";
        return RunPipelineAsync(new TurnContext(this, activity), bot, cancellationToken);
    }

    /// <summary>A typed line as the message to send: a number picks the matching button of the last message.</summary>
    public Activity MessageFor(string line)
    {
        var text = line.Trim();
        if (int.TryParse(text, out var number) && number >= 1 && number <= _buttons.Count)
        {
            text = _buttons[number - 1];
        }

        return MessageFactory.Text(text);
    }

    public Activity Join()
    {
        var join = new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [_user, _bot] };
        return join;
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message))
        {
            await output.WriteLineAsync("bot: " + Readable(activity.Text ?? string.Empty)).ConfigureAwait(false);
            _buttons = activity.SuggestedActions?.Actions.Select(a => a.Value?.ToString() ?? a.Title ?? string.Empty).ToList() ?? _buttons;
            var titles = activity.SuggestedActions?.Actions.Select(a => a.Title ?? string.Empty).ToList() ?? [];
            for (var i = 0; i < titles.Count; i++)
            {
                await output.WriteLineAsync($"  [{i + 1}] {titles[i]}").ConfigureAwait(false);
            }
        }

        return activities.Select(_ => new ResourceResponse(Guid.NewGuid().ToString("N"))).ToArray();
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The terminal cannot change a message already printed.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The terminal cannot delete a message already printed.");

    /// <summary>Markdown reference definitions ("[1]: https://...") are for renderers; the terminal shows the Source line only.</summary>
    private static string Readable(string text) =>
        ReferenceDefinition().Replace(text, string.Empty).TrimEnd().Replace("\n", "\n     ", StringComparison.Ordinal);

    [GeneratedRegex(@"^\[\d+\]: \S+ ""[^""]*""\r?$\n?", RegexOptions.Multiline)]
    private static partial Regex ReferenceDefinition();
}
