namespace BotService.Recognizers.Tests;

internal static class TestReference
{
    /// <summary>Saturday 21 November 2026, midnight: the reference the recognizers.md tables use.</summary>
    public static readonly DateTime Saturday = new(2026, 11, 21, 0, 0, 0, DateTimeKind.Unspecified);

    public static Dictionary<string, string> OnlyValues(ModelResult result) =>
        Assert.Single((IReadOnlyList<IReadOnlyDictionary<string, string>>)result.Resolution["values"]!).ToDictionary(kv => kv.Key, kv => kv.Value);
}
