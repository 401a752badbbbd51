using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>Body parts, most specific first, mapped to the location names in <see cref="Findings.BodyLocations"/>.</summary>
internal static class LexiconLocations
{
    public static readonly IReadOnlyList<(string Location, Regex Match)> Places =
    [
        ("eyelid", Pattern.Interpret(@"eye ?lids?|(?:upper|lower|top|bottom) lid|lids?|eyes?(?! (?:drops?|doctor|test|clinic))")),
        ("lip", Pattern.Interpret(@"lips?|mouth|perioral")),
        ("tongue", Pattern.Interpret(@"tongue")),
        ("face", Pattern.Interpret(@"face|facial|cheeks?|jaw|chin|forehead|eyebrows?|brow|temples?|nose")),
        ("neck", Pattern.Interpret(@"neck")),
        ("thumb", Pattern.Interpret(@"thumbs?")),
        ("hand", Pattern.Interpret(@"hands?|fingers?|finger ?tips?|palms?|wrists?|knuckles?|pinky")),
        ("arm", Pattern.Interpret(@"arms?|biceps?|triceps?|forearms?|shoulders?|elbows?")),
        ("calf", Pattern.Interpret(@"calf|calves|calfs|calve")),
        ("thigh", Pattern.Interpret(@"thighs?|quads?|quadriceps|hamstrings?|groin")),
        ("foot", Pattern.Interpret(@"foot|feet|toes?|soles?|ankles?|heels?|arches")),
        ("leg", Pattern.Interpret(@"legs?|knees?|shins?|hips?")),
        ("back", Pattern.Interpret(@"(?:my|his|her|the|lower|upper|middle|mid) back|spine|shoulder blades?")),
        ("chest wall", Pattern.Interpret(@"chest wall|chest muscles?|pecs?|pectorals?|ribs?|rib cage|(?:twitch\w*|flicker\w*|jump\w*) ~{0,2}(?:in|on) (?:my )?chest")),
        ("abdomen", Pattern.Interpret(@"(?:stomach|belly|tummy)(?! (?:bug|virus|flu|upset|ache))|abdom\w*|abs|six pack")),
    ];

    /// <summary>"all over my body", "whole body": the whole body rather than several separate places.</summary>
    public static readonly Regex WholeBody = Pattern.Compile(@"whole body|all over (?:my |his |her |the )?body|entire body|full body|head to toe");

    /// <summary>"all over", "everywhere", "moves around": several places.</summary>
    public static readonly Regex Several = Pattern.Compile(
        @"all over|everywhere|mov(?:es|ing) around|jump\w* around|different (?:places|spots|muscles|parts)|random (?:places|spots|muscles)|(?:several|multiple|many|lots of) (?:places|spots|muscles|areas)");

    /// <summary>"also my calf", "now my arm too": a place that adds to the earlier one.</summary>
    public static readonly Regex Addition = Pattern.Compile(@"also|too|as well|now also|both");

    /// <summary>A body part after these words is where pain spreads to, not where the twitch is.</summary>
    public static readonly Regex Radiation = new(@"\b(?:down|into|to|through|towards|up into|up to) (?:my |his |her |the )?(?:left |right )?$", RegexOptions.CultureInvariant);

    // Anchored at the end of the text before a body part, so built without Pattern's word-boundary wrapper.
    public static readonly Regex Side = new(@"\b(left|right|both)(?: [a-z]+)?(?: [a-z]+)? ?$", RegexOptions.CultureInvariant);
}
