namespace BotService.Protocol.Hosting;

/// <summary>
/// The emergency number for an activity's locale, which <see cref="BotTurnErrorHandler"/> names in what it tells the
/// person (the product registers its triage regions: 911, 999, 112). Without one the messages say "your local
/// emergency number".
/// </summary>
public interface IEmergencyNumbers
{
    /// <summary>The number to call for <paramref name="locale"/>, or null when none is known.</summary>
    string? For(string? locale);
}
