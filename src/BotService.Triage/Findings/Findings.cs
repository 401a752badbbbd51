namespace BotService.Triage.Findings;

/// <summary>
/// Everything learned so far in one triage, accumulated across turns. A small mutable class because it lives in
/// conversation state as JSON; use <see cref="Apply"/> to merge what a new message said and
/// <see cref="ToOutcome"/> for the immutable snapshot that goes out with a disposition.
/// Stored by <see cref="FindingsJsonConverter"/>, which leaves out what is empty.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(FindingsJsonConverter))]
public sealed class Findings
{
    /// <summary>Where the twitching is: a location name ("eyelid", "calf", "several places", "whole body").</summary>
    public string? Location { get; set; }

    /// <summary>"left", "right" or "both", where the person said so.</summary>
    public string? Side { get; set; }

    /// <summary>How long it has gone on, in seconds (from the recognizers).</summary>
    public double? DurationSeconds { get; set; }

    /// <summary>Upper end when the person gave a range ("2-3 weeks").</summary>
    public double? DurationMaxSeconds { get; set; }

    /// <summary>Recognizer modifier: "more", "less", "since"...</summary>
    public string? DurationMod { get; set; }

    /// <summary>The duration in the person's words ("about 4 days"), for reasons and confirmation.</summary>
    public string? DurationText { get; set; }

    /// <summary>Age in years where stated.</summary>
    public int? Age { get; set; }

    public List<string> Complaints { get; set; } = [];

    public List<string> Symptoms { get; set; } = [];

    public List<string> Triggers { get; set; } = [];

    public List<string> Medicines { get; set; } = [];

    public List<string> Context { get; set; } = [];

    /// <summary>Findings the person explicitly ruled out ("no chest pain").</summary>
    public List<string> Denied { get; set; } = [];

    /// <summary>Where a symptom was placed when it was said with a body part ("weakness" -> "hand").</summary>
    public Dictionary<string, string> Sites { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Slots the conversation has asked about (even if the answer was "not sure" or "none").</summary>
    public List<TriageSlot> Answered { get; set; } = [];

    /// <summary>Warning signs of body systems named in words the reader did not know (<see cref="TurnFindings.AskFirst"/>).</summary>
    public List<string> AskFirst { get; set; } = [];

    /// <summary>
    /// The fit or stroke the conversation named last, even as someone's history (<see cref="TurnFindings.SignNamed"/>):
    /// "hes had no fits since last year", then "hes having one now", is a fit now.
    /// </summary>
    public string? SignNamedBefore { get; set; }

    /// <summary>True when the finding was said and not later withdrawn.</summary>
    public bool Has(string name) =>
        Complaints.Contains(name) || Symptoms.Contains(name) || Triggers.Contains(name)
        || Medicines.Contains(name) || Context.Contains(name);

    public bool IsDenied(string name) => Denied.Contains(name);

    /// <summary>Neither said nor ruled out: still worth asking about.</summary>
    public bool IsUnknown(string name) => !Has(name) && !IsDenied(name);

    public bool IsAnswered(TriageSlot slot) => Answered.Contains(slot);

    /// <summary>Records that a question was asked and answered, so its findings count as known from now on.</summary>
    public void MarkAnswered(TriageSlot slot)
    {
        if (!Answered.Contains(slot))
        {
            Answered.Add(slot);
        }
    }

    /// <summary>Adds a finding of the given kind (and forgets an earlier denial of it).</summary>
    public void Add(string name, FindingKind kind)
    {
        Denied.Remove(name);
        var list = ListFor(kind);
        if (!list.Contains(name))
        {
            list.Add(name);
        }
    }

    /// <summary>Removes a finding because the person ruled it out.</summary>
    public void Deny(string name)
    {
        Complaints.Remove(name);
        Symptoms.Remove(name);
        Triggers.Remove(name);
        Medicines.Remove(name);
        Context.Remove(name);
        Sites.Remove(name);
        if (!Denied.Contains(name))
        {
            Denied.Add(name);
        }
    }

    /// <summary>Merges one message: new information adds, explicit negation removes, a new location replaces.</summary>
    public void Apply(TurnFindings turn)
    {
        ArgumentNullException.ThrowIfNull(turn);
        foreach (var denied in turn.Denied)
        {
            Deny(denied);
        }

        foreach (var (name, kind) in turn.Present)
        {
            Add(name, kind);
        }

        AskFirst.AddRange(turn.AskFirst.Where(sign => !AskFirst.Contains(sign)));

        foreach (var (name, site) in turn.Sites)
        {
            Sites[name] = site;
        }

        // "eyelid twitching", then "now my whole face on that side": the twitch has spread beyond the eyelid.
        if (Location == "eyelid" && turn.Location is "face" or "lip" && Complaints.Contains("twitching"))
        {
            Add(Extraction.DerivedFindings.FaceSpread, FindingKind.Symptom);
        }

        ApplyLocation(turn);
        if (turn.Duration is { } duration)
        {
            DurationSeconds = duration.Seconds;
            DurationMaxSeconds = duration.MaxSeconds;
            DurationMod = duration.Mod;
            DurationText = duration.Text;
        }

        Age = turn.Age ?? Age;
        SignNamedBefore = turn.SignNamed;
        if (turn.NoneOfThese)
        {
            MarkAnswered(TriageSlot.Symptoms);
        }
    }

    /// <summary>An independent copy (lists and sites copied), for work done later on what is known now.</summary>
    public Findings Copy() => new()
    {
        Location = Location,
        Side = Side,
        DurationSeconds = DurationSeconds,
        DurationMaxSeconds = DurationMaxSeconds,
        DurationMod = DurationMod,
        DurationText = DurationText,
        Age = Age,
        Complaints = [.. Complaints],
        Symptoms = [.. Symptoms],
        Triggers = [.. Triggers],
        Medicines = [.. Medicines],
        Context = [.. Context],
        Denied = [.. Denied],
        Sites = new Dictionary<string, string>(Sites, StringComparer.Ordinal),
        Answered = [.. Answered],
        AskFirst = [.. AskFirst],
        SignNamedBefore = SignNamedBefore,
    };

    /// <summary>True when <paramref name="other"/> holds exactly the same findings (every property, in the same order).</summary>
    public bool SameAs(Findings other) =>
        other is not null
        && Location == other.Location && Side == other.Side && DurationSeconds == other.DurationSeconds
        && DurationMaxSeconds == other.DurationMaxSeconds && DurationMod == other.DurationMod
        && DurationText == other.DurationText && Age == other.Age && SignNamedBefore == other.SignNamedBefore
        && Complaints.SequenceEqual(other.Complaints) && Symptoms.SequenceEqual(other.Symptoms)
        && Triggers.SequenceEqual(other.Triggers) && Medicines.SequenceEqual(other.Medicines)
        && Context.SequenceEqual(other.Context) && Denied.SequenceEqual(other.Denied)
        && Answered.SequenceEqual(other.Answered) && AskFirst.SequenceEqual(other.AskFirst)
        && Sites.Count == other.Sites.Count && Sites.All(s => other.Sites.TryGetValue(s.Key, out var site) && site == s.Value);

    /// <summary>The snapshot that goes into the <c>triageOutcome</c> entity.</summary>
    public OutcomeFindings ToOutcome() => new(
        Location,
        DurationSeconds is { } seconds ? (long)Math.Round(seconds) : null,
        [.. Complaints, .. Symptoms],
        [.. Triggers]);

    private void ApplyLocation(TurnFindings turn)
    {
        if (turn.Location is null)
        {
            return;
        }

        // "leg not red or swollen" after "calf cramp" keeps the calf: a general word does not replace a specific one.
        if (Location is not null && BodyLocations.IsGeneralFor(turn.Location, Location))
        {
            return;
        }

        var widens = turn.LocationIsAddition && Location is not null
            && !BodyLocations.SameRegion(Location, turn.Location);
        Location = widens ? BodyLocations.SeveralPlaces : turn.Location;
        Side = widens ? null : turn.Side;
    }

    private List<string> ListFor(FindingKind kind) => kind switch
    {
        FindingKind.Complaint => Complaints,
        FindingKind.Symptom => Symptoms,
        FindingKind.Trigger => Triggers,
        FindingKind.Medicine => Medicines,
        _ => Context,
    };
}
