namespace BotService.Cli.LoadTest;

/// <summary>One thing the simulated user does: say <see cref="Text"/>, or join the conversation when it is null.</summary>
public sealed record ScriptTurn(string? Text)
{
    public static ScriptTurn Join { get; } = new((string?)null);

    public static ScriptTurn Say(string text) => new(text);

    public bool IsJoin => Text is null;
}

/// <summary>
/// A whole triage conversation as a person would have it, and the disposition its last turn must carry in its
/// <c>triageOutcome</c> entity.
/// </summary>
public sealed record ConversationScript(string Name, IReadOnlyList<ScriptTurn> Turns, string ExpectedDisposition);
