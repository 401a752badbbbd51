namespace BotService.Triage.Findings;

/// <summary>What one message said, before it is merged into <see cref="Findings"/>.</summary>
public sealed record TurnFindings
{
    /// <summary>Findings said and not negated, with their kind.</summary>
    public IReadOnlyList<(string Name, FindingKind Kind)> Present { get; init; } = [];

    /// <summary>Findings explicitly ruled out in this message.</summary>
    public IReadOnlyList<string> Denied { get; init; } = [];

    /// <summary>Body part a symptom was said with ("weakness" -> "hand").</summary>
    public IReadOnlyDictionary<string, string> Sites { get; init; } = new Dictionary<string, string>();

    public string? Location { get; init; }

    public string? Side { get; init; }

    /// <summary>"also my calf": the location adds to the earlier one instead of replacing it.</summary>
    public bool LocationIsAddition { get; init; }

    public TurnDuration? Duration { get; init; }

    public int? Age { get; init; }

    /// <summary>Warning signs of a body system named in words the reader did not know: offered first at the next question.</summary>
    public IReadOnlyList<string> AskFirst { get; init; } = [];

    /// <summary>
    /// The fit or stroke named last so far, in this message or before it, even as someone's history or to deny it
    /// ("seizure", "stroke-suspected"); null when none was.
    /// </summary>
    public string? SignNamed { get; init; }

    /// <summary>
    /// Some of the message was set aside as over (someone else's history, the person's own years back): a duration said
    /// there is not the twitch's, so nothing should read one from the raw text.
    /// </summary>
    public bool SetAsideHistory { get; init; }

    /// <summary>"none", "nothing else", "no other symptoms".</summary>
    public bool NoneOfThese { get; init; }

    public bool IsEmpty => Present.Count == 0 && Denied.Count == 0 && Location is null && Duration is null
        && Age is null && !NoneOfThese;
}
