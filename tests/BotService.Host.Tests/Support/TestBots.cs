using BotService.Protocol;
using BotService.Protocol.Schema;

namespace BotService.Host.Tests.Support;

/// <summary>Sends three numbered replies to every message.</summary>
public sealed class ThreeRepliesBot : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        for (var i = 1; i <= 3; i++)
        {
            await turnContext.SendActivityAsync($"reply {i}", cancellationToken: cancellationToken);
        }
    }
}

/// <summary>Answers invoke "echo/value" with 200 and the activity's value; other names fall back to 501.</summary>
public sealed class InvokeEchoBot : ActivityHandler
{
    protected override Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Name == "echo/value"
            ? Task.FromResult(new InvokeResponse(200, new { echoed = turnContext.Activity.Value }))
            : base.OnInvokeActivityAsync(turnContext, cancellationToken);
}

/// <summary>Throws on every message, after which the turn error handler takes over.</summary>
public sealed class FailingBot : ActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The bot failed on purpose.");
}

/// <summary>Sends a trace and then a message, to check traces reach only the Emulator.</summary>
public sealed class TracingBot : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await turnContext.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "test", Value = "x" }, cancellationToken);
        await turnContext.SendActivityAsync("done", cancellationToken: cancellationToken);
    }
}

/// <summary>Stays busy until the channel has shown a typing indicator, then answers.</summary>
public sealed class SlowBot(BotService.Testing.Channel.FakeChannel channel) : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await channel.WaitForAsync(1, r => r.Activity.Type == ActivityTypes.Typing);
        await turnContext.SendActivityAsync("finally done", cancellationToken: cancellationToken);
    }
}
