namespace BotService.Testing.Identity;

/// <summary>What goes into a test JWT; every field can be set wrong on purpose to test a rejection.</summary>
public sealed record TokenSpec
{
    public required string Issuer { get; init; }
    public string? Audience { get; init; }
    public string? ServiceUrl { get; init; }
    public DateTimeOffset? NotBefore { get; init; }
    public DateTimeOffset? Expires { get; init; }
    public IReadOnlyDictionary<string, object> Claims { get; init; } = new Dictionary<string, object>();
}
