using System.Globalization;

namespace BotService.Dialogs.Text;

/// <summary>
/// Every sentence the bot says outside the content base, in one place (conversation-examples.md sets the voice:
/// calm, warm, plain words, short paragraphs). Medical facts never live here; they come from the content base and
/// the rules table.
/// </summary>
public static class BotText
{
    public const string CheckMyTwitching = "Check my twitching";
    public const string AskAQuestion = "Ask a question";
    public const string StartOver = "Start over";
    public const string NotSure = "Not sure";
    public const string NoneOfThese = "None of these";
    public const string Done = "Done";

    public const string WelcomeHeadline = "Hello! I'm the twitch helper.";

    public const string NotADoctor =
        "I help you make sense of muscle twitches, spasms and cramps and suggest a sensible next step. " +
        "I give guidance, not a diagnosis.";

    public const string Privacy =
        "What you tell me is kept only to carry on this conversation and is deleted automatically after a while. " +
        "Type \"delete my data\" at any time to erase it now.";

    public const string WelcomeInvite = "Tell me what you notice, or pick an option.";

    /// <param name="continuation">What the region adds to the call (", or go straight to A&amp;E ..."), or empty.</param>
    public static string EmergencyLine(string number, string continuation = "") => string.Create(CultureInfo.InvariantCulture,
        $"If you have chest pain, trouble breathing or swallowing, a seizure, or sudden weakness of the face or one side, **call {number} now**{continuation}.");

    public const string Menu = "I can check your twitching with a few quick questions, or answer a question. What would you like?";
    public const string AnythingElse = "Anything else?";
    public const string Goodbye = "Okay. Take care, and come back if anything changes or you have a question.";
    public const string WhatToKnow = "Sure, what would you like to know?";
    public const string BackTo = "Back to {0}: ";
    public const string Understood = "I understood: {0}.";
    public const string ThanksThatHelps = "Thanks, that helps.";
    public const string DidNotCatch = "Sorry, I didn't quite catch that. ";
    public const string NotedThat = "Thanks, I've noted that. ";
    public const string NotUnderstoodMenu =
        "I'm not sure what you mean. You can tell me about your twitching in your own words, or pick an option.";

    public const string Help =
        "I ask a few short questions about your twitching (where, how long, and anything else you notice) and then " +
        "suggest what to do, with my sources. You can answer in your own words or tap a button, and \"not sure\" is " +
        "fine.\n\nYou can ask me a question at any time, for example \"what is an EMG?\". You can also say **back**, " +
        "**start over**, **cancel**, **feedback** or **delete my data**.";

    public const string NoEarlierQuestion = "That was the first question, so there's nothing to go back to. ";
    public const string StartingOver = "Okay, let's start again from the beginning.";
    public const string Cancelled =
        "Okay, I've stopped. Whenever you like, tell me about your twitching or ask me a question.";
    public const string DataDeleted =
        "Done: I've deleted what I stored about you in this conversation. If we've also talked in another chat, type " +
        "\"delete my data\" there too. If you write again, I'll start fresh.";

    public const string FeedbackQuestion = "Thanks for helping me improve. How was this conversation?";
    public const string FeedbackThanks = "Thank you, I've noted that (without anything you told me about your health).";
    public const string FeedbackHelpful = "Helpful";
    public const string FeedbackNotHelpful = "Not helpful";
    public const string FeedbackTooManyQuestions = "Too many questions";
    public const string FeedbackMisunderstood = "Didn't understand me";

    public const string OutOfScope =
        "I'm sorry, I can't help with that. I can help with muscle twitches, spasms and cramps: I can check what " +
        "you notice with a few questions, or answer questions such as \"what causes twitching?\" or \"what is an EMG?\".";

    /// <summary>{0}: the number; {1}: what the region's advice adds to the call (", or go straight to A&amp;E ..."), or empty.</summary>
    public const string CallReminder = "If you haven't yet, please **call {0} now**{1}. When you're safe, I'm here if you have a question.";
    /// <summary>The call to action that opens every emergency reply; the region's advice may continue it.</summary>
    public const string CallNowHeadline = "**Please call {0} now** (or have someone call for you)";
    public const string QuestionsStopped = "I've stopped the questions so nothing delays you.";
    public const string UrgentPaused = "I've skipped the rest of my questions so you can act on this first.";
    public const string DontDrive = "Don't drive yourself. If it eases, still call.";
    public const string CallNowIf = "**Call {0} straight away if:**";

    /// <summary>After "not sure" at the safety check: the signs still open ({0}) and the emergency number ({1}).</summary>
    public const string UnsureCallNow = "You weren't sure about {0}: if you have it, now or later, **call {1} now**.";

    /// <summary>After "not sure" at the safety check, for signs that need care the same day ({0}).</summary>
    public const string UnsureToday = "If you notice {0}, get medical help today.";
    public const string GetHelpSoonerIf = "**Get help sooner if:**";
    public const string CommonCauses = "**Common causes that fit what you said:** {0}.";
    public const string OtherCauses = "Other common causes: {0}.";
    public const string CausesInGeneral = "**Common causes:** {0}.";
    public const string WhoToSee = "**Who to see:** {0}.";
    public const string TestsTheyMayDo = "**Tests they may suggest:** {0}.";
    public const string InferenceNote =
        "This is a cautious rule of ours rather than a firm line from the guidance, so a clinician may see it differently.";
    public const string GuidanceNotDiagnosis = "This is guidance, not a diagnosis.";

    public const string SelfCareHeadline = "**You can most likely look after this at home**, because {0}.";
    public const string SoonHeadline = "**{0}**: I'd suggest seeing {1} in the next days to two weeks, because {2}.";
    public const string UrgentHeadline = "**Please get medical help today.** {0}.";
    public const string AdviceStands = "Thanks, I've noted that. It doesn't change my advice from earlier:\n\n{0}";
    public const string UrgentBecause = "I'm suggesting this because {0}.";
    public const string EmergencyBecause = "I'm saying this because {0}. It is safest to be seen now, even if it turns out to be something less serious.";
}
