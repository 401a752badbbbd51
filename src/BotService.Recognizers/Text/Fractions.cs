namespace BotService.Recognizers.Text;

/// <summary>Unicode vulgar fractions ("½ hour").</summary>
internal static class Fractions
{
    public static bool IsVulgar(char c) => Value(c) > 0;

    public static double Value(char c) => c switch
    {
        '½' => 0.5,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅓' => 1.0 / 3,
        '⅔' => 2.0 / 3,
        '⅕' => 0.2,
        '⅛' => 0.125,
        _ => 0,
    };
}
