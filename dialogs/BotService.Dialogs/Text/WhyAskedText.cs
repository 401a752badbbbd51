using BotService.Dialogs.State;
using BotService.Triage.Findings;

namespace BotService.Dialogs.Text;

/// <summary>
/// What the bot says when asked why it asks, or what its question means ("why do you ask?", "what do you mean?"),
/// before asking the question again: people answer more readily when they know why (health-bots.md).
/// </summary>
public static class WhyAskedText
{
    public const string Where = "I ask where because it helps me point you to the right advice: an eyelid twitch, a calf cramp and twitching in several places each have their own usual causes and their own signs to watch for. Pick the closest, or tell me in your own words.";
    public const string HowLong = "I ask how long because it changes the advice: most twitches and cramps settle within a couple of weeks, and one that has gone on longer is worth showing a doctor. A rough guess is fine, or pick \"Not sure\".";
    public const string WhatElse = "I ask because a few things that can come with twitching or cramps change what I'd suggest, for example weakness, numbness, or a calf that is swollen. Pick any you have, or \"None of these\". If you're not sure what one means, describe what you notice in your own words.";
    public const string Triggers = "I ask because everyday things such as stress, caffeine, short sleep or hard exercise are the most common causes, and knowing which fit helps me suggest what to try. Pick any that fit, or \"None of these\".";
    public const string Context = "I ask because some background, such as a new medicine, a recent wound, surgery or pregnancy, changes what I'd suggest. Pick any that apply, or \"None of these\".";
    public const string SafetyCheck = "I ask because you mentioned something that, together with what you described, can sometimes need help straight away. Pick any of these you have now or had in the past day, or \"None of these\".";

    /// <summary>The explanation for the pending question, or null when nothing guided is pending.</summary>
    public static string? For(PendingQuestion? pending) => pending switch
    {
        { Kind: PendingKind.SafetyCheck } => SafetyCheck,
        { Kind: PendingKind.Slot, Slot: TriageSlot.Location } => Where,
        { Kind: PendingKind.Slot, Slot: TriageSlot.Duration } => HowLong,
        { Kind: PendingKind.Slot, Slot: TriageSlot.Symptoms } => WhatElse,
        { Kind: PendingKind.Slot, Slot: TriageSlot.Triggers } => Triggers,
        { Kind: PendingKind.Slot, Slot: TriageSlot.Context } => Context,
        _ => null,
    };
}
