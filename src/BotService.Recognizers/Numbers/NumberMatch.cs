namespace BotService.Recognizers.Numbers;

internal static class NumberSubtype
{
    public const string Integer = "integer";
    public const string Decimal = "decimal";
    public const string Fraction = "fraction";
}

/// <summary>A number found over tokens <see cref="First"/>..<see cref="Last"/> (inclusive).</summary>
internal readonly record struct NumberMatch(int First, int Last, double Value, string Subtype);
