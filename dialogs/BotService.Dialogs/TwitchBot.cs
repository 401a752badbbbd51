using BotService.Protocol;
using BotService.Protocol.Schema;

namespace BotService.Dialogs;

/// <summary>
/// The product's bot. For now it welcomes each person who joins; the conversation flows (MainDialog,
/// TriageDialog) take over the message handling in later work.
/// </summary>
public sealed class TwitchBot : ActivityHandler
{
    public const string WelcomeText =
        "Hello! I can help you make sense of muscle twitches, spasms and cramps, and tell you when to see a doctor. " +
        "I give guidance, not a diagnosis. If you have sudden weakness, trouble breathing or chest pain, call your local emergency number now.";

    protected override async Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membersAdded);
        ArgumentNullException.ThrowIfNull(turnContext);

        // The handler already leaves out the bot itself; greet each person once.
        foreach (var _ in membersAdded.Where(m => !string.IsNullOrEmpty(m.Id)))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(WelcomeText, inputHint: InputHints.AcceptingInput), cancellationToken).ConfigureAwait(false);
        }
    }
}
