using BotService.Protocol;

namespace BotService.DialogEngine.Prompts;

/// <summary>Decides whether a recognised reply is accepted; may rewrite <c>Recognized.Value</c> or send its own message.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);

/// <summary>What a validator sees: the turn, the recognised reply, the prompt's state and options, and the attempt count.</summary>
public sealed class PromptValidatorContext<T>
{
    private readonly Lazy<PromptOptions> _options;

    internal PromptValidatorContext(ITurnContext context, PromptRecognizerResult<T> recognized, IDictionary<string, object?> state, Lazy<PromptOptions> options)
    {
        Context = context;
        Recognized = recognized;
        State = state;
        _options = options;
    }

    public ITurnContext Context { get; }

    /// <summary>The recognised reply. A validator may replace it (<c>with { Value = ... }</c>) to change the prompt's result.</summary>
    public PromptRecognizerResult<T> Recognized { get; set; }

    public IDictionary<string, object?> State { get; }

    /// <summary>The prompt's options, read from the persisted state the first time a validator asks.</summary>
    public PromptOptions Options => _options.Value;

    /// <summary>How many replies this prompt has received, this one included (1 on the first answer).</summary>
    public int AttemptCount => State.GetValue<int>(Prompt<T>.AttemptCountKey);
}
