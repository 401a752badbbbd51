using System.Text.RegularExpressions;

namespace BotService.Triage.Extraction;

/// <summary>Body parts, most specific first, mapped to the location names in <see cref="Findings.BodyLocations"/>.</summary>
internal static class LexiconLocations
{
    public static readonly IReadOnlyList<(string Location, Regex Match)> Places =
    [
        ("eyelid", Pattern.Compile(@"eye ?lids?|(?:upper|lower|top|bottom) lid|lids?|eyes?(?! (?:drops?|doctor|test|clinic))")),
        ("lip", Pattern.Compile(@"lips?|mouth|perioral")),
        ("tongue", Pattern.Compile(@"tongue")),
        ("face", Pattern.Compile(@"face|facial|cheeks?|jaw|chin|forehead|eyebrows?|brow|temples?|nose")),
        ("neck", Pattern.Compile(@"neck")),
        ("thumb", Pattern.Compile(@"thumbs?")),
        ("hand", Pattern.Compile(@"hands?|fingers?|finger ?tips?|palms?|wrists?|knuckles?|pinky")),
        ("arm", Pattern.Compile(@"arms?|biceps?|triceps?|forearms?|shoulders?|elbows?")),
        ("calf", Pattern.Compile(@"calf|calves|calfs|calve")),
        ("thigh", Pattern.Compile(@"thighs?|quads?|quadriceps|hamstrings?|groin")),
        ("foot", Pattern.Compile(@"foot|feet|toes?|soles?|ankles?|heels?|arches")),
        ("leg", Pattern.Compile(@"legs?|knees?|shins?|hips?")),
        ("back", Pattern.Compile(@"(?:my|his|her|the|lower|upper|middle|mid) back|spine|shoulder blades?")),
        ("chest wall", Pattern.Compile(@"chest wall|chest muscles?|pecs?|pectorals?|ribs?|rib cage|(?:twitch\w*|flicker\w*|jump\w*) ~{0,2}(?:in|on) (?:my )?chest")),
        ("abdomen", Pattern.Compile(@"stomach|belly|tummy|abdom\w*|abs|six pack")),
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
