using BotService.Protocol.Schema;

namespace BotService.DialogEngine.Waterfall;

/// <summary>One step of a waterfall; it ends with exactly one stack operation (Prompt, Next, Begin, End or Replace).</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext stepContext, CancellationToken cancellationToken);

/// <summary>
/// A fixed sequence of steps, each run in turn as the previous one's result arrives (style.md §2.5). Its instance
/// state holds <c>options</c>, <c>values</c> (the step-shared bag), <c>instanceId</c> and <c>stepIndex</c>.
/// Non-message activities (typing, events) do not advance it. After the last step it ends with the last result.
/// </summary>
public class WaterfallDialog : Dialog
{
    internal const string OptionsKey = "options";
    internal const string ValuesKey = "values";
    internal const string InstanceIdKey = "instanceId";
    internal const string StepIndexKey = "stepIndex";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null) : base(dialogId) =>
        _steps = steps?.ToList() ?? [];

    public int StepCount => _steps.Count;

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step ?? throw new ArgumentNullException(nameof(step)));
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = dc.ActiveDialog!.State;
        if (options is not null)
        {
            state[OptionsKey] = options;
        }

        state[ValuesKey] = new Dictionary<string, object?>(StringComparer.Ordinal);
        state[InstanceIdKey] = Guid.NewGuid().ToString("N");
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!dc.Context.Activity.IsType(ActivityTypes.Message))
        {
            return Task.FromResult(EndOfTurn);
        }

        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = dc.ActiveDialog!.State.GetValue<int>(StepIndexKey);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    /// <summary>Runs one step; override to observe steps (logging), calling the base to run it.</summary>
    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        return _steps[stepContext.Index](stepContext, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var state = dc.ActiveDialog!.State;
        state[StepIndexKey] = index;
        var values = state.GetOrAdd<Dictionary<string, object?>>(ValuesKey, () => new(StringComparer.Ordinal));
        var stepContext = new WaterfallStepContext(this, dc, state.GetValueOrDefault(OptionsKey), values, index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken).ConfigureAwait(false);
    }
}
