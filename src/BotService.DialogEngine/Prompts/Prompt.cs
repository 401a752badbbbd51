using BotService.Protocol;
using BotService.Protocol.Schema;

namespace BotService.DialogEngine.Prompts;

/// <summary>
/// Asks a question and waits for an answer of type <typeparamref name="T"/> (style.md §2.5). Each reply is
/// recognised and counted (<c>attemptCount</c>); the validator, if any, decides, else recognition does. An accepted
/// answer ends the prompt with its value. Otherwise the retry prompt (or the prompt) is sent again, but only if
/// nothing was sent this turn yet, so a validator's own message replaces it. There is no built-in maximum: the
/// validator caps attempts with <see cref="PromptValidatorContext{T}.AttemptCount"/>.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    internal const string AttemptCountKey = "attemptCount";
    private const string PersistedOptions = "options";
    private const string PersistedState = "state";

    /// <summary>What a recognizer that reads no options is given.</summary>
    private static readonly PromptOptions NotRead = new();

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null) : base(dialogId) => _validator = validator;

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions given)
        {
            throw new ArgumentException($"Prompt '{Id}' must be begun with PromptOptions (use PromptAsync).", nameof(options));
        }

        // The caller's options may be a shared constant; the input hints are set on copies.
        var prompt = given with { Prompt = WithExpectingInput(given.Prompt), RetryPrompt = WithExpectingInput(given.RetryPrompt) };
        var state = dc.ActiveDialog!.State;
        state[PersistedOptions] = prompt;
        var promptState = new Dictionary<string, object?>(StringComparer.Ordinal) { [AttemptCountKey] = 0 };
        state[PersistedState] = promptState;
        await OnPromptAsync(dc.Context, promptState, prompt, isRetry: false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!dc.Context.Activity.IsType(ActivityTypes.Message))
        {
            return EndOfTurn;
        }

        // The persisted question is read back only when something needs it: an accepted text answer never does.
        var instance = dc.ActiveDialog!;
        var promptState = ReadState(instance);
        var options = new Lazy<PromptOptions>(() => ReadOptions(instance), LazyThreadSafetyMode.None);
        var recognized = await OnRecognizeAsync(dc.Context, promptState, RecognizesWithoutOptions ? NotRead : options.Value, cancellationToken).ConfigureAwait(false);
        promptState[AttemptCountKey] = promptState.GetValue<int>(AttemptCountKey) + 1;
        var accepted = recognized.Succeeded;
        if (_validator is not null)
        {
            var validatorContext = new PromptValidatorContext<T>(dc.Context, recognized, promptState, options);
            accepted = await _validator(validatorContext, cancellationToken).ConfigureAwait(false);
            recognized = validatorContext.Recognized;
        }

        if (accepted)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, promptState, options.Value, isRetry: true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>A dialog begun on top of the prompt ended: ask again and keep waiting.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(turnContext, ReadState(instance), ReadOptions(instance), isRetry: false, cancellationToken);
    }

    /// <summary>Sends the question; the default sends the retry prompt on a retry when there is one, else the prompt.</summary>
    protected virtual async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var activity = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (activity is not null)
        {
            await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        }
    }

    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>
    /// True when <see cref="OnRecognizeAsync"/> never reads its options (it is then given empty ones), so that an answer
    /// accepted at once does not read the persisted question back. Only a prompt whose recognizer cannot be overridden
    /// may say so.
    /// </summary>
    private protected virtual bool RecognizesWithoutOptions => false;

    private static PromptOptions ReadOptions(DialogInstance instance) =>
        instance.State.GetValue<PromptOptions>(PersistedOptions) ?? new PromptOptions();

    private static Dictionary<string, object?> ReadState(DialogInstance instance) =>
        instance.State.GetOrAdd<Dictionary<string, object?>>(PersistedState, () => new(StringComparer.Ordinal) { [AttemptCountKey] = 0 });

    private static Activity? WithExpectingInput(Activity? activity)
    {
        if (activity is null || !string.IsNullOrEmpty(activity.InputHint))
        {
            return activity;
        }

        var copy = activity.Clone();
        copy.InputHint = InputHints.ExpectingInput;
        return copy;
    }
}
