namespace BotService.Cli.LoadTest;

/// <summary>
/// The realistic conversations the load tool plays, weighted towards what a twitch bot mostly sees (benign cases),
/// with follow-up answers by button title, a side question in the middle, free text, and red flags.
/// </summary>
public static class TriageScripts
{
    public static IReadOnlyList<ConversationScript> All { get; } =
    [
        new("eyelid-all-at-once",
            [ScriptTurn.Join, ScriptTurn.Say("my left eyelid has been twitching for 3 days, I drink a lot of coffee and sleep badly, nothing else")],
            "selfcare"),
        new("calf-guided-buttons",
            [ScriptTurn.Say("Check my twitching"), ScriptTurn.Say("Leg or calf"), ScriptTurn.Say("A few days"), ScriptTurn.Say("None of these")],
            "selfcare"),
        new("calf-cramp-with-side-question",
            [ScriptTurn.Join, ScriptTurn.Say("my calf cramps at night"), ScriptTurn.Say("what causes cramps?"), ScriptTurn.Say("A few days"), ScriptTurn.Say("None of these")],
            "selfcare"),
        new("chest-pain-red-flag",
            [ScriptTurn.Say("hi"), ScriptTurn.Say("my arm is twitching and I have chest pain")],
            "emergency"),
        new("thumb-weakness-three-weeks",
            [ScriptTurn.Say("my thumb has been twitching for 3 weeks and my hand feels weak"), ScriptTurn.Say("None of these")],
            "soon"),
        new("long-cramp-urgent",
            [ScriptTurn.Join, ScriptTurn.Say("I have had a cramp in my calf for 20 minutes and it will not ease")],
            "urgent"),
        new("eyelid-typed-answers",
            [ScriptTurn.Say("my eyelid keeps jumping"), ScriptTurn.Say("about a week"), ScriptTurn.Say("none")],
            "selfcare"),
    ];
}
