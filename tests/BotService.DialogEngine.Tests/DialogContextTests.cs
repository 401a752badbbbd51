using BotService.DialogEngine.Waterfall;
using BotService.Protocol;
using BotService.Protocol.State;
using BotService.Storage.Memory;
using BotService.Testing;

namespace BotService.DialogEngine.Tests;

public sealed class DialogContextTests
{
    private readonly List<string> _log = [];
    private readonly TestAdapter _adapter = new();
    private readonly IStatePropertyAccessor<DialogState> _accessor = new ConversationState(new MemoryStorage()).CreateProperty<DialogState>(DialogStateKeys.DialogState);

    [Fact]
    public async Task ContinuesToEmptyWhenNothingIsOnTheStack()
    {
        var dc = await NewContextAsync(new RecordingDialog("a", _log));

        Assert.Equal(DialogTurnStatus.Empty, (await dc.ContinueDialogAsync()).Status);
        Assert.Equal(DialogTurnStatus.Empty, (await dc.CancelAllDialogsAsync()).Status);
        Assert.Null(dc.ActiveDialog);
    }

    [Fact]
    public async Task PutsTheNewestDialogOnTopAtIndexZero()
    {
        var dc = await NewContextAsync(new RecordingDialog("parent", _log), new RecordingDialog("child", _log));

        Assert.Equal(DialogTurnStatus.Waiting, (await dc.BeginDialogAsync("parent")).Status);
        await dc.BeginDialogAsync("child");

        Assert.Equal(["child", "parent"], dc.Stack.Select(i => i.Id));
        Assert.Equal("child", dc.ActiveDialog!.Id);
        Assert.Equal("child < parent", dc.DescribeStack());
    }

    [Fact]
    public async Task ResumesTheParentWithTheChildsResultWhenTheChildEnds()
    {
        var dc = await NewContextAsync(new RecordingDialog("parent", _log), new RecordingDialog("child", _log));
        await dc.BeginDialogAsync("parent");
        await dc.BeginDialogAsync("child");

        var result = await dc.EndDialogAsync("child result");

        Assert.Equal(["parent:begin", "child:begin", "child:end:EndCalled", "parent:resume:EndCalled:child result", "parent:end:EndCalled"], _log);
        Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, "child result"), result);
        Assert.Empty(dc.Stack);
    }

    [Fact]
    public async Task CancelsEveryDialogWithReasonCancelCalled()
    {
        var dc = await NewContextAsync(new RecordingDialog("parent", _log), new RecordingDialog("child", _log));
        await dc.BeginDialogAsync("parent");
        await dc.BeginDialogAsync("child");

        var result = await dc.CancelAllDialogsAsync();

        Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
        Assert.Equal(["child:end:CancelCalled", "parent:end:CancelCalled"], _log.Where(l => l.Contains(":end:", StringComparison.Ordinal)));
        Assert.Empty(dc.Stack);
    }

    [Fact]
    public async Task ReplacesTheActiveDialogWithReasonReplaceCalled()
    {
        var dc = await NewContextAsync(new RecordingDialog("first", _log), new RecordingDialog("second", _log));
        await dc.BeginDialogAsync("first");

        await dc.ReplaceDialogAsync("second");

        Assert.Equal(["first:begin", "first:end:ReplaceCalled", "second:begin"], _log);
        Assert.Equal(["second"], dc.Stack.Select(i => i.Id));
    }

    [Fact]
    public async Task AsksTheActiveDialogToRepromptItself()
    {
        var dc = await NewContextAsync(new RecordingDialog("a", _log));
        await dc.BeginDialogAsync("a");

        await dc.RepromptDialogAsync();

        Assert.Equal("a asks", _adapter.GetNextReply()!.Text);
        Assert.Equal("a asks again", _adapter.GetNextReply()!.Text);
    }

    [Fact]
    public async Task ReportsCompleteAndWaitFromADialogThatAsksForIt()
    {
        var dc = await NewContextAsync(new RecordingDialog("a", _log, DialogTurnStatus.CompleteAndWait));
        await dc.BeginDialogAsync("a");

        var result = await dc.ContinueDialogAsync();

        Assert.Equal(DialogTurnStatus.CompleteAndWait, result.Status);
        Assert.Equal(["a:begin", "a:continue"], _log);
    }

    [Fact]
    public async Task RejectsACancellationTokenPassedAsOptionsOrResult()
    {
        var dc = await NewContextAsync(new RecordingDialog("a", _log));
        using var cts = new CancellationTokenSource();

        await Assert.ThrowsAsync<ArgumentException>(() => dc.BeginDialogAsync("a", cts.Token));
        await Assert.ThrowsAsync<ArgumentException>(() => dc.ReplaceDialogAsync("a", cts.Token));
        await Assert.ThrowsAsync<ArgumentException>(() => dc.EndDialogAsync(cts.Token));
        Assert.Empty(dc.Stack);
    }

    [Fact]
    public async Task SaysWhichDialogIdWasNotFound()
    {
        var dc = await NewContextAsync(new RecordingDialog("a", _log));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("missing"));

        Assert.Contains("'missing'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TagsAnExceptionWithTheDialogStack()
    {
        var failing = new WaterfallDialog("failing", [(step, ct) => throw new InvalidOperationException("boom")]);
        var dc = await NewContextAsync(new RecordingDialog("outer", _log), failing);
        await dc.BeginDialogAsync("outer");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("failing"));

        Assert.Equal("failing < outer", error.Data[DialogContext.ExceptionStackKey]);
    }

    [Fact]
    public void RefusesADifferentDialogUnderATakenIdButAcceptsTheSameOneTwice()
    {
        var dialog = new RecordingDialog("a", _log);
        var set = new DialogSet(_accessor).Add(dialog).Add(dialog);

        Assert.Throws<InvalidOperationException>(() => set.Add(new RecordingDialog("a", _log)));
        Assert.Same(dialog, set.Find("a"));
        Assert.Null(set.Find("b"));
    }

    [Fact]
    public void NamesADialogAfterItsTypeWhenNoIdIsGiven()
    {
        Assert.Equal(nameof(ComponentDialog), new ComponentDialog().Id);
    }

    private async Task<DialogContext> NewContextAsync(params Dialog[] dialogs)
    {
        var set = new DialogSet(_accessor);
        foreach (var dialog in dialogs)
        {
            set.Add(dialog);
        }

        return await set.CreateContextAsync(new TurnContext(_adapter, _adapter.MakeActivity("hi")));
    }
}
