namespace BotService.Recognizers;

/// <summary>Cultures the recognizers understand. Only English is implemented; every en-* tag maps to it.</summary>
public static class Culture
{
    public const string English = "en-us";

    public static bool IsSupported(string culture) => Normalize(culture) is not null;

    /// <summary>Returns <see cref="English"/> for any English tag (null or empty means the default, English).</summary>
    /// <exception cref="UnsupportedCultureException">For any other culture.</exception>
    public static string Resolve(string? culture) =>
        Normalize(culture) ?? throw new UnsupportedCultureException(culture ?? string.Empty);

    private static string? Normalize(string? culture)
    {
        if (string.IsNullOrWhiteSpace(culture))
        {
            return English;
        }

        var tag = culture.Trim().Replace('_', '-');
        return tag.Equals("en", StringComparison.OrdinalIgnoreCase)
            || tag.StartsWith("en-", StringComparison.OrdinalIgnoreCase)
            ? English
            : null;
    }
}

/// <summary>Thrown when a recognizer is asked for a culture it does not implement.</summary>
public sealed class UnsupportedCultureException : ArgumentException
{
    public UnsupportedCultureException(string culture)
        : base($"Culture '{culture}' is not supported. Supported: English ('{Culture.English}'; en, en-GB and other en-* tags map to it).")
    {
        RequestedCulture = culture;
    }

    public UnsupportedCultureException()
        : this(string.Empty)
    {
    }

    public UnsupportedCultureException(string message, Exception innerException)
        : base(message, innerException)
    {
        RequestedCulture = string.Empty;
    }

    public string RequestedCulture { get; }
}
