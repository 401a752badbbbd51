namespace BotService.Dialogs.Tests.Support;

/// <summary>
/// The prompts of the conversation and the messages that reach each one, so command and question tests can run at
/// every prompt. Each entry: the prompt's name, the user messages that lead there, and how its question starts.
/// </summary>
public static class Prompts
{
    public const string Where = "where";
    public const string HowLong = "how long";
    public const string WhatElse = "what else";
    public const string AnythingElse = "anything else";

    private static readonly Dictionary<string, (string[] Messages, string QuestionStart)> All = new()
    {
        [Where] = (["Check my twitching"], "Where is the twitching or cramp?"),
        [HowLong] = (["Check my twitching", "calf"], "How long has the twitching in your calf been going on?"),
        [WhatElse] = (["Check my twitching", "calf", "a few days"], "Do you have any of these as well?"),
        [AnythingElse] = (["Check my twitching", "calf", "a few days", "none"], "Anything else?"),
    };

    public static TheoryData<string> Names => [Where, HowLong, WhatElse, AnythingElse];

    public static string QuestionStart(string prompt) => All[prompt].QuestionStart;

    /// <summary>Plays the messages that lead to <paramref name="prompt"/> and checks the bot is asking it.</summary>
    public static async Task ReachAsync(BotHarness bot, string prompt)
    {
        ArgumentNullException.ThrowIfNull(bot);
        IReadOnlyList<BotService.Protocol.Schema.Activity> replies = [];
        foreach (var message in All[prompt].Messages)
        {
            replies = await bot.SayAsync(message);
        }

        Assert.True(replies.Count > 0 && replies[^1].Text!.Contains(QuestionStart(prompt), StringComparison.Ordinal),
            $"expected to be at the {prompt} prompt:\n{bot}");
    }
}
