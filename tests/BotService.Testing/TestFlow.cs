using BotService.Protocol;
using BotService.Protocol.Schema;
using Xunit;

namespace BotService.Testing;

/// <summary>
/// A transcript-shaped test (the SDK's TestFlow): user steps and expected bot replies, chained and run in order
/// by <see cref="StartTestAsync"/>. Each <c>Send</c> runs a whole turn; each assertion reads the next reply.
/// <code>
/// await new TestFlow(adapter, bot.OnTurnAsync)
///     .Send("hi").AssertReply("What is your name?")
///     .Send("Ann").AssertReplyContains("Ann")
///     .StartTestAsync();
/// </code>
/// </summary>
public sealed class TestFlow
{
    /// <summary>Generous: a loaded 2-core machine must not fail a test by being slow.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly TestAdapter _adapter;
    private readonly BotCallbackHandler _callback;
    private readonly List<Func<CancellationToken, Task>> _steps = [];

    public TestFlow(TestAdapter adapter, BotCallbackHandler callback)
    {
        _adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        _callback = callback ?? throw new ArgumentNullException(nameof(callback));
    }

    public TestFlow(TestAdapter adapter, IBot bot) : this(adapter, (bot ?? throw new ArgumentNullException(nameof(bot))).OnTurnAsync) { }

    public TestFlow Send(string text) => Send(_adapter.MakeActivity(text));

    public TestFlow Send(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        _steps.Add(ct => _adapter.ProcessActivityAsync(activity, _callback, ct));
        return this;
    }

    /// <summary>A conversationUpdate adding the user (and the bot), as channels send when a chat opens.</summary>
    public TestFlow SendConversationUpdate() => Send(_adapter.MakeMembersAdded());

    public TestFlow AssertReply(string expectedText, string? description = null) =>
        AssertReply(reply => Assert.True(
            string.Equals(reply.Text, expectedText, StringComparison.Ordinal),
            $"{description ?? "reply"}: expected \"{expectedText}\" but the bot said \"{reply.Text}\""));

    public TestFlow AssertReply(Func<Activity, bool> predicate, string description) =>
        AssertReply(reply => Assert.True(predicate(reply), $"{description}: the reply \"{reply.Text}\" does not match"));

    public TestFlow AssertReply(Action<Activity> validate, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(validate);
        _steps.Add(async ct =>
        {
            var reply = await _adapter.GetNextReplyAsync(timeout ?? DefaultTimeout, ct).ConfigureAwait(false);
            Assert.True(reply is not null, "Expected a reply from the bot, but none came.");
            validate(reply!);
        });
        return this;
    }

    public TestFlow AssertReplyContains(string expected, string? description = null) =>
        AssertReply(reply => Assert.True(
            reply.Text?.Contains(expected, StringComparison.Ordinal) == true,
            $"{description ?? "reply"}: expected it to contain \"{expected}\" but the bot said \"{reply.Text}\""));

    /// <summary>Asserts that nothing is queued: every reply of the turns so far has been read.</summary>
    public TestFlow AssertNoReply(string? description = null)
    {
        _steps.Add(_ =>
        {
            var reply = _adapter.GetNextReply();
            Assert.True(reply is null, $"{description ?? "Expected no reply"}, but the bot said \"{reply?.Text}\" ({reply?.Type})");
            return Task.CompletedTask;
        });
        return this;
    }

    /// <summary>Send <paramref name="userSays"/> and expect <paramref name="expected"/> as the next reply.</summary>
    public TestFlow Test(string userSays, string expected) => Send(userSays).AssertReply(expected);

    /// <summary>Runs a step of the test's own (inspect state, change the clock, ...).</summary>
    public TestFlow Do(Func<Task> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(_ => step());
        return this;
    }

    public async Task StartTestAsync(CancellationToken cancellationToken = default)
    {
        foreach (var step in _steps)
        {
            await step(cancellationToken).ConfigureAwait(false);
        }
    }
}
