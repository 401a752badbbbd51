namespace BotService.Teams.Invokes;

/// <summary>The invoke names Teams sends that the bot answers (protocol.md §1.9).</summary>
public static class TeamsInvokeNames
{
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string SignInVerifyState = "signin/verifyState";
    public const string SignInTokenExchange = "signin/tokenExchange";
    public const string TaskFetch = "task/fetch";
    public const string TaskSubmit = "task/submit";
}
