using BotService.DialogEngine.Choices;
using BotService.Protocol;
using BotService.Protocol.Schema;

namespace BotService.DialogEngine.Prompts;

/// <summary>Shared by prompts that show choices: renders the question with them in the chosen style.</summary>
public abstract class ChoicePromptBase<T>(string dialogId, PromptValidator<T>? validator) : Prompt<T>(dialogId, validator)
{
    /// <summary>The style used when the options give none.</summary>
    public ListStyle Style { get; init; } = ListStyle.Auto;

    public ChoiceFactoryOptions ChoiceOptions { get; init; } = new();

    /// <summary>The culture used when neither the options nor the activity give one.</summary>
    public string? DefaultLocale { get; init; }

    protected abstract IReadOnlyList<Choice> ChoicesFor(PromptOptions options);

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var question = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var rendered = ChoiceFactory.Render(options.Style ?? Style, turnContext.Activity.ChannelId, ChoicesFor(options), question?.Text, ChoiceOptions);
        if (question is not null)
        {
            // Keep what the caller put on the question (speech, hints, its own attachments) around the rendered choices.
            rendered.Speak = question.Speak;
            rendered.InputHint = question.InputHint;
            rendered.Locale = question.Locale;
            if (question.Attachments is { Count: > 0 } attachments)
            {
                rendered.Attachments = [.. attachments, .. rendered.Attachments ?? []];
            }
        }

        rendered.InputHint ??= InputHints.ExpectingInput;
        await turnContext.SendActivityAsync(rendered, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The recognizer's view of the choices: the value, the button's title and value, and the synonyms.</summary>
    protected static IReadOnlyList<Recognizers.ChoiceOption> ToOptions(IReadOnlyList<Choice> choices) =>
        choices.Select(c =>
        {
            var synonyms = new List<string>();
            if (c.Action?.Title is { Length: > 0 } title)
            {
                synonyms.Add(title);
            }

            // After a reload the button value is a JsonElement; it still counts as a synonym.
            var value = c.Action?.Value switch
            {
                string text => text,
                System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } element => element.GetString(),
                _ => null,
            };
            if (!string.IsNullOrEmpty(value) && value != c.Value)
            {
                synonyms.Add(value);
            }

            synonyms.AddRange(c.Synonyms ?? []);
            return new Recognizers.ChoiceOption(c.Value, synonyms);
        }).ToList();
}
