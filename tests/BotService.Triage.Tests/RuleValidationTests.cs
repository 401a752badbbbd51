using BotService.Triage.Rules;

namespace BotService.Triage.Tests;

/// <summary>The rules file is validated when loaded: every mistake is an error, reported together.</summary>
public sealed class RuleValidationTests
{
    private const string Default =
        """{ "id": "C0", "row": "default", "level": "selfcare", "reason": "r", "rationale": "r", "source": "s" }""";

    private static string File(string rules, string thresholds = """{ "t1": "text" }""") =>
        $$"""{ "thresholds": {{thresholds}}, "default": {{Default}}, "rules": [ {{rules}} ] }""";

    private static string Rule(string id = "S1-x", string when = "\"weakness\"", string source = "NHS", string level = "soon", string extra = "") =>
        $$"""{ "id": "{{id}}", "row": "S1", "level": "{{level}}", "when": {{when}}, "reason": "r", "rationale": "r", "source": "{{source}}" {{extra}} }""";

    [Fact]
    public void AcceptsAMinimalValidFile()
    {
        var rules = RuleSetLoader.Parse(File(Rule()));

        Assert.Single(rules.Rules);
        Assert.Equal("C0", rules.Default.Id);
    }

    [Fact]
    public void RejectsAnUnknownFindingName()
    {
        var error = Assert.Throws<RuleSetException>(() => RuleSetLoader.Parse(File(Rule(when: "\"weaknes\""))));

        Assert.Contains(error.Errors, e => e.Contains("unknown finding name 'weaknes'", StringComparison.Ordinal));
    }

    [Fact]
    public void RejectsDuplicateIds()
    {
        var error = Assert.Throws<RuleSetException>(() => RuleSetLoader.Parse(File(Rule() + "," + Rule())));

        Assert.Contains(error.Errors, e => e.Contains("Duplicate rule id 'S1-x'", StringComparison.Ordinal));
    }

    [Fact]
    public void RejectsAMissingSource()
    {
        var error = Assert.Throws<RuleSetException>(() => RuleSetLoader.Parse(File(Rule(source: " "))));

        Assert.Contains(error.Errors, e => e.Contains("'source' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void RejectsUnknownLocationsLevelsDurationsAndThresholdsAllAtOnce()
    {
        var file = File(
            Rule(id: "a", when: """{ "location": ["elbow pit"] }""") + "," +
            Rule(id: "b", level: "later") + "," +
            Rule(id: "c", when: """{ "durationOver": "two weeks" }""") + "," +
            Rule(id: "d", extra: """, "watchFor": ["nope"]"""));

        var error = Assert.Throws<RuleSetException>(() => RuleSetLoader.Parse(file));

        Assert.Contains(error.Errors, e => e.Contains("unknown location 'elbow pit'", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("level 'later'", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("not an ISO 8601 duration", StringComparison.Ordinal));
        Assert.Contains(error.Errors, e => e.Contains("unknown threshold 'nope'", StringComparison.Ordinal));
    }

    [Fact]
    public void RejectsACauseTiedToAnUnknownTrigger()
    {
        var file = File(Rule(extra: """, "causes": [{ "text": "coffee", "trigger": "coffee" }]"""));

        var error = Assert.Throws<RuleSetException>(() => RuleSetLoader.Parse(file));

        Assert.Contains(error.Errors, e => e.Contains("unknown finding 'coffee'", StringComparison.Ordinal));
    }

    [Fact]
    public void RejectsARuleWithoutACondition()
    {
        var file = File("""{ "id": "x", "row": "S1", "level": "soon", "reason": "r", "rationale": "r", "source": "s" }""");

        var error = Assert.Throws<RuleSetException>(() => RuleSetLoader.Parse(file));

        Assert.Contains(error.Errors, e => e.Contains("'when' is missing", StringComparison.Ordinal));
    }
}
