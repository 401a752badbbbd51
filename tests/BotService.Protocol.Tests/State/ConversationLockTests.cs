using BotService.Protocol.State;
using BotService.Storage.Memory;
using BotService.Testing;

namespace BotService.Protocol.Tests.State;

public sealed class ConversationLockTests
{
    [Fact]
    public async Task RunsTurnsOfOneConversationOneAtATimeAndLosesNoMessage()
    {
        var stack = new JournalStack(new MemoryStorage());
        var messages = Enumerable.Range(1, 24).Select(i => $"m{i}").ToList();

        var replies = await Task.WhenAll(messages.Select(m => Task.Run(() => stack.SendAsync(m))));

        Assert.Equal(1, stack.MaxConcurrentTurns);
        var journal = await stack.ReadJournalAsync();
        Assert.Equal(messages.Order(), journal.Order());
        var numbers = replies.Select(r => int.Parse(Assert.Single(r).Text!.Split('#')[^1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Enumerable.Range(1, 24), numbers.Order());
        Assert.DoesNotContain(replies, r => r[0].Text == StateConflictMiddleware.RepeatMessage);
    }

    [Fact]
    public async Task LetsOtherConversationsRunWhileOneIsBusy()
    {
        var conversationLock = new ConversationLockMiddleware();
        var adapter = new TestAdapter();
        adapter.Use(conversationLock);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blockedTurnEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var busy = adapter.MakeActivity("slow");
        var other = adapter.MakeActivity("quick");
        other.Conversation = new Schema.ConversationAccount("Convo2");

        var slowTurn = adapter.ProcessActivityAsync(busy, async (ctx, ct) =>
        {
            blockedTurnEntered.SetResult();
            await release.Task;
        });
        await blockedTurnEntered.Task.WaitAsync(TestFlow.DefaultTimeout);
        await adapter.ProcessActivityAsync(other, (ctx, ct) => ctx.SendActivityAsync("done", cancellationToken: ct)).WaitAsync(TestFlow.DefaultTimeout);

        Assert.Equal(1, conversationLock.ActiveConversations);
        release.SetResult();
        await slowTurn.WaitAsync(TestFlow.DefaultTimeout);
        Assert.Equal(0, conversationLock.ActiveConversations);
    }

    [Fact]
    public async Task KeepsNoEntryForAConversationOnceItsTurnsAreDone()
    {
        var stack = new JournalStack(new MemoryStorage());

        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => stack.SendAsync($"m{i}"))));

        Assert.Equal(0, stack.Lock.ActiveConversations);
    }
}
