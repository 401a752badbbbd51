namespace BotService.Recognizers.Tests.Conformance;

/// <summary>
/// Upstream cases we knowingly do not pass, each with its reason. The conformance test fails when a case outside
/// this table fails, and also when a case in it starts passing, so the table stays honest.
/// </summary>
internal static class KnownFailures
{
    public static readonly IReadOnlyDictionary<string, string> Cases = new Dictionary<string, string>
    {
    };
}
