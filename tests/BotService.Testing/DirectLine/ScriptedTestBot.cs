using System.Globalization;
using BotService.Protocol;
using BotService.Protocol.Schema;

namespace BotService.Testing.DirectLine;

/// <summary>
/// A test-only bot for channel tests (never a product bot): greets when a user joins, answers each message with a
/// reply that names what it received, and has a few scripted commands: <c>typing</c>, <c>fail</c>, <c>burst N</c>,
/// <c>forget me</c> (asks for <see cref="PersonalDataErasure"/> and confirms with <see cref="Forgotten"/>).
/// </summary>
public sealed class ScriptedTestBot : ActivityHandler
{
    public const string Welcome = "Welcome to the test bot";

    public const string Forgotten = "Forgotten";

    private int _turns;

    public int Turns => _turns;

    public override Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _turns);
        return base.OnTurnAsync(turnContext, cancellationToken);
    }

    protected override Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext, CancellationToken cancellationToken) =>
        SendWelcomeAsync(turnContext, cancellationToken);

    protected override Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Name == "webchat/join" ? SendWelcomeAsync(turnContext, cancellationToken) : Task.CompletedTask;

    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text?.Trim() ?? string.Empty;
        if (text == "fail")
        {
            throw new InvalidOperationException("The test bot was asked to fail.");
        }

        if (text == "forget me")
        {
            PersonalDataErasure.Request(turnContext);
            await turnContext.SendActivityAsync(Forgotten, cancellationToken: cancellationToken);
            return;
        }

        if (text == "typing")
        {
            await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);
            await turnContext.SendActivityAsync("Done typing", cancellationToken: cancellationToken);
            return;
        }

        if (text.StartsWith("burst ", StringComparison.Ordinal) && int.TryParse(text[6..], CultureInfo.InvariantCulture, out var count))
        {
            for (var i = 1; i <= count; i++)
            {
                await turnContext.SendActivityAsync($"Burst reply {i}", cancellationToken: cancellationToken);
            }

            return;
        }

        var reply = MessageFactory.Text($"Received {text}");
        reply.TextFormat = TextFormatTypes.Plain;
        reply.SuggestedActions = new SuggestedActions { Actions = [new CardAction { Type = ActionTypes.ImBack, Title = "Option two", Value = "Option two" }] };
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    private static Task SendWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var welcome = MessageFactory.Text(Welcome);
        welcome.SuggestedActions = new SuggestedActions
        {
            Actions =
            [
                new CardAction { Type = ActionTypes.ImBack, Title = "Option one", Value = "Option one" },
                new CardAction { Type = ActionTypes.ImBack, Title = "Option two", Value = "Option two" },
            ],
        };
        return turnContext.SendActivityAsync(welcome, cancellationToken);
    }
}
