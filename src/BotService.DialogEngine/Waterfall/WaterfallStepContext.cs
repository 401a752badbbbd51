namespace BotService.DialogEngine.Waterfall;

/// <summary>
/// What a waterfall step sees: the options the waterfall began with, the shared values bag, the previous step's
/// (or child dialog's, or user's) result, and the stack operations of a <see cref="DialogContext"/>.
/// </summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private readonly DialogInstance _instance;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, object? options, IDictionary<string, object?> values, int index, DialogReason reason, object? result)
        : base(dc)
    {
        _waterfall = waterfall;
        // The waterfall's own instance: after the step begins a child, ActiveDialog is the child.
        _instance = dc.ActiveDialog!;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The zero-based index of this step.</summary>
    public int Index { get; }

    /// <summary>The options the waterfall was begun with (raw; after a reload a JsonElement: use <see cref="GetOptions{T}"/>).</summary>
    public object? Options { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's result, a child dialog's result, or the user's text.</summary>
    public object? Result { get; }

    /// <summary>A bag shared by all steps of this waterfall instance, persisted with it. Keys are constants.</summary>
    public IDictionary<string, object?> Values { get; }

    /// <summary>The options as <typeparamref name="T"/> (converted after a reload and stored back, so changes persist).</summary>
    public T? GetOptions<T>() => _instance.State.GetValue<T>(WaterfallDialog.OptionsKey);

    /// <summary>The result as <typeparamref name="T"/>; false when there is none or it has another shape.</summary>
    public bool TryGetResult<T>(out T value) => StateValues.TryConvert(Result, out value!);

    /// <summary>Skips to the next step with <paramref name="result"/>. Throws if called twice in one step.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (result is CancellationToken)
        {
            throw new ArgumentException("A CancellationToken was passed as the result; pass it as the cancellationToken argument.", nameof(result));
        }

        if (_nextCalled)
        {
            throw new InvalidOperationException($"WaterfallStepContext.NextAsync(): already called for dialog '{_waterfall.Id}' step {Index}.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
