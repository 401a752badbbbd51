using BotService.Triage.Findings;

namespace BotService.Dialogs.Replies;

/// <summary>
/// Which warning signs to offer first for the place the person named and whether it is a cramp or a twitch. Only the order of the buttons changes: every
/// candidate is still one the rules say would change the advice, and red flags are screened on every message anyway.
/// Without it a calf cramp after a run was asked about a drooping face before a swollen calf or dark urine, and an
/// eyelid twitch about lead exposure before the eyelid closing fully. A leg cramp asks first about a swollen leg, dark
/// urine and a cramp that will not ease (conversation-examples.md §2; guidance rows U6, E8, U1 and C3/C7); a twitch in a
/// limb about weakness, wasting and spreading (S2-S4, U7); an eyelid about the eyelid and the face (S8-S9).
/// </summary>
internal static class ButtonRelevance
{
    private const int MentionedFirst = 2;

    private static readonly string[] Twitching = ["weakness", "wasting", "spreading", "numbness"];

    private static readonly Dictionary<(string Region, bool Cramp), string[]> First = new()
    {
        [("head", false)] = ["eyelid-closes", "eyelid-droop", "face-spread", "eye-red", "hemifacial", "blepharospasm"],
        [("head", true)] = ["eyelid-closes", "eyelid-droop", "face-spread", "eye-red", "hemifacial", "blepharospasm"],
        [("lower limb", true)] = ["swelling", "dark-urine", "cramp-not-easing", "redness", "warmth", "weakness"],
        [("lower limb", false)] = Twitching,
        [("upper limb", true)] = ["weakness", "numbness", "cramp-not-easing", "swelling"],
        [("upper limb", false)] = Twitching,
        [("neck", false)] = ["weakness", "numbness"],
        [("back", false)] = ["weakness", "numbness"],
    };

    /// <summary>
    /// 0, 1, 2... for the signs to offer first for this place and complaint, in that order; int.MaxValue for the rest.
    /// Before them (negative ranks), the first <see cref="MentionedFirst"/> signs of body systems the person named in
    /// words the reader did not know (<see cref="Findings.AskFirst"/>): "something going on in my chest" with a calf
    /// cramp offers chest pain first. At most two, so the place's own signs still have room.
    /// </summary>
    public static int Rank(Findings findings, string finding)
    {
        var mentioned = findings.AskFirst.IndexOf(finding);
        if (mentioned is >= 0 and < MentionedFirst)
        {
            return mentioned - MentionedFirst;
        }

        var cramp = findings.Complaints.Contains("cramp") || findings.Complaints.Contains("spasm");
        if (findings.Location is not { } location || !First.TryGetValue((BodyLocations.RegionFor(location), cramp), out var first))
        {
            return int.MaxValue;
        }

        var index = Array.IndexOf(first, finding);
        return index < 0 ? int.MaxValue : index;
    }
}
