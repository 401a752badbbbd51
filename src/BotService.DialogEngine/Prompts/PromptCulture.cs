using BotService.Protocol;
using BotService.Recognizers;

namespace BotService.DialogEngine.Prompts;

/// <summary>The culture a prompt recognises in: the options', else the activity's locale, else the prompt's default, else English.</summary>
internal static class PromptCulture
{
    public static string Resolve(ITurnContext turnContext, PromptOptions options, string? defaultLocale)
    {
        foreach (var candidate in new[] { options.RecognizeLanguage, turnContext.Activity.Locale, defaultLocale })
        {
            if (!string.IsNullOrWhiteSpace(candidate) && Culture.IsSupported(candidate))
            {
                return Culture.Resolve(candidate);
            }
        }

        return Culture.English;
    }
}
