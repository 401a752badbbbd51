using BotService.Protocol.Schema;

namespace BotService.DialogEngine.Choices;

/// <summary>One option of a choice prompt: the value returned, an optional button, and other words that pick it.</summary>
public sealed record Choice(string Value)
{
    public CardAction? Action { get; init; }

    public IReadOnlyList<string>? Synonyms { get; init; }
}

/// <summary>How choices are shown with the question.</summary>
public enum ListStyle
{
    /// <summary>Only the question; the choices are not shown.</summary>
    None,

    /// <summary>Chosen per channel: suggested actions where supported, else a hero card, else inline or a list.</summary>
    Auto,

    /// <summary>"(1) Yes or (2) No" appended to the question.</summary>
    Inline,

    /// <summary>A numbered list under the question.</summary>
    List,

    /// <summary>Buttons that disappear once the user answers.</summary>
    SuggestedAction,

    /// <summary>A hero card with one button per choice.</summary>
    HeroCard,
}
