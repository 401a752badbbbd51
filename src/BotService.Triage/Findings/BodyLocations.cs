namespace BotService.Triage.Findings;

/// <summary>The location names the extractor produces, grouped into body regions.</summary>
public static class BodyLocations
{
    public const string SeveralPlaces = "several places";
    public const string WholeBody = "whole body";

    private static readonly Dictionary<string, string> RegionOf = new(StringComparer.Ordinal)
    {
        ["eyelid"] = "head",
        ["face"] = "head",
        ["lip"] = "head",
        ["tongue"] = "head",
        ["neck"] = "neck",
        ["arm"] = "upper limb",
        ["hand"] = "upper limb",
        ["thumb"] = "upper limb",
        ["leg"] = "lower limb",
        ["calf"] = "lower limb",
        ["thigh"] = "lower limb",
        ["foot"] = "lower limb",
        ["back"] = "back",
        ["chest wall"] = "chest wall",
        ["abdomen"] = "abdomen",
        [SeveralPlaces] = SeveralPlaces,
        [WholeBody] = WholeBody,
    };

    /// <summary>Every location name, for validating the rules file.</summary>
    public static IReadOnlyCollection<string> All => RegionOf.Keys;

    public static bool IsKnown(string name) => RegionOf.ContainsKey(name);

    /// <summary>The region a location belongs to ("calf" -> "lower limb").</summary>
    public static string RegionFor(string name) => RegionOf.TryGetValue(name, out var region) ? region : name;

    /// <summary>Two places in one region (calf and thigh) are not "several places"; eyelid and calf are.</summary>
    public static bool SameRegion(string a, string b) => RegionFor(a) == RegionFor(b);

    /// <summary>True when <paramref name="general"/> ("leg") is the general word for the region of <paramref name="specific"/> ("calf").</summary>
    public static bool IsGeneralFor(string general, string specific) =>
        general != specific && SameRegion(general, specific) && general is "leg" or "arm" or "face" or "hand";

    /// <summary>"your left calf", "several places", "your whole body" for reasons.</summary>
    public static string Describe(string location, string? side) => location switch
    {
        SeveralPlaces => "several places",
        WholeBody => "your whole body",
        _ when side is "left" or "right" => $"your {side} {location}",
        _ => $"your {location}",
    };
}
