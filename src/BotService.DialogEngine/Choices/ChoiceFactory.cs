using System.Globalization;
using System.Text;
using BotService.Protocol;
using BotService.Protocol.Schema;

namespace BotService.DialogEngine.Choices;

/// <summary>How inline and list styles join choices: "(1) Red, (2) Green, or (3) Blue".</summary>
public sealed record ChoiceFactoryOptions(string InlineSeparator = ", ", string InlineOr = " or ", string InlineOrMore = ", or ", bool IncludeNumbers = true);

/// <summary>Renders a question with its choices in one of the <see cref="ListStyle"/>s.</summary>
public static class ChoiceFactory
{
    public static IReadOnlyList<Choice> ToChoices(IEnumerable<string> values) => values.Select(v => new Choice(v)).ToList();

    /// <summary>The style for this channel: suggested actions, else a hero card, else inline (up to 3), else a list.</summary>
    public static ListStyle StyleFor(string? channelId, IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var longTitles = choices.Any(c => Title(c).Length > ChannelCapabilities.MaxActionTitleLength);
        if (!longTitles && ChannelCapabilities.SupportsSuggestedActions(channelId, choices.Count))
        {
            return ListStyle.SuggestedAction;
        }

        if (!longTitles && ChannelCapabilities.SupportsCardActions(channelId, choices.Count))
        {
            return ListStyle.HeroCard;
        }

        return choices.Count <= 3 && !longTitles ? ListStyle.Inline : ListStyle.List;
    }

    public static Activity Render(ListStyle style, string? channelId, IReadOnlyList<Choice> choices, string? text, ChoiceFactoryOptions? options = null) =>
        (style == ListStyle.Auto ? StyleFor(channelId, choices) : style) switch
        {
            ListStyle.None => MessageFactory.Text(text ?? string.Empty),
            ListStyle.Inline => Inline(choices, text, options),
            ListStyle.List => List(choices, text, options),
            ListStyle.SuggestedAction => SuggestedAction(choices, text),
            ListStyle.HeroCard => HeroCard(choices, text),
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown list style."),
        };

    /// <summary>"text (1) Red, (2) Green, or (3) Blue".</summary>
    public static Activity Inline(IReadOnlyList<Choice> choices, string? text = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        options ??= new ChoiceFactoryOptions();
        var builder = new StringBuilder(text ?? string.Empty);
        for (var i = 0; i < choices.Count; i++)
        {
            var connector = i == 0 ? (builder.Length > 0 ? " " : string.Empty)
                : i < choices.Count - 1 ? options.InlineSeparator
                : choices.Count == 2 ? options.InlineOr : options.InlineOrMore;
            builder.Append(connector);
            if (options.IncludeNumbers)
            {
                builder.Append(CultureInfo.InvariantCulture, $"({i + 1}) ");
            }

            builder.Append(Title(choices[i]));
        }

        return MessageFactory.Text(builder.ToString());
    }

    /// <summary>The question, then one numbered (or bulleted) line per choice.</summary>
    public static Activity List(IReadOnlyList<Choice> choices, string? text = null, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        options ??= new ChoiceFactoryOptions();
        var builder = new StringBuilder(text ?? string.Empty);
        for (var i = 0; i < choices.Count; i++)
        {
            builder.Append(i == 0 ? "\n\n   " : "\n   ");
            builder.Append(options.IncludeNumbers ? $"{(i + 1).ToString(CultureInfo.InvariantCulture)}. " : "- ");
            builder.Append(Title(choices[i]));
        }

        return MessageFactory.Text(builder.ToString());
    }

    public static Activity SuggestedAction(IReadOnlyList<Choice> choices, string? text = null) =>
        MessageFactory.SuggestedActions(Actions(choices), text);

    public static Activity HeroCard(IReadOnlyList<Choice> choices, string? text = null) =>
        MessageFactory.Attachment(new Attachment
        {
            ContentType = AttachmentContentTypes.HeroCard,
            Content = new HeroCardContent(text, Actions(choices)),
        });

    private static List<CardAction> Actions(IReadOnlyList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return choices.Select(c => c.Action ?? CardAction.ImBack(c.Value)).ToList();
    }

    private static string Title(Choice choice) => choice.Action?.Title ?? choice.Value;

    /// <summary>The hero card's JSON: <c>{text, buttons}</c>.</summary>
    private sealed record HeroCardContent(string? Text, IReadOnlyList<CardAction> Buttons);
}
