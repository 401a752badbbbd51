using BotService.Dialogs.State;
using BotService.Protocol;
using BotService.Triage;
using BotService.Triage.Evaluation;
using BotService.Triage.Findings;

namespace BotService.Dialogs.Understanding;

/// <summary>Per-turn values shared by the interruption layer, the steps and the validators (turn state only).</summary>
public static class TurnData
{
    private const string ReadingKey = "BotService.Dialogs.TurnReading";
    private const string ScreenedKey = "BotService.Dialogs.Screened";
    private const string TriageKey = "BotService.Dialogs.Triage";
    private const string DecisionKey = "BotService.Dialogs.Decision";
    private const string MessageKey = "BotService.Dialogs.MessageFindings";

    /// <summary>The conversation's triage state as read by the screen this turn (for validators, which get no services).</summary>
    public static TriageConversation? Triage(ITurnContext turnContext) =>
        turnContext?.TurnState.Get<TriageConversation>(TriageKey);

    public static void SetTriage(ITurnContext turnContext, TriageConversation triage)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(TriageKey, triage);
    }

    public static TurnReading? Reading(ITurnContext turnContext) =>
        turnContext?.TurnState.Get<TurnReading>(ReadingKey);

    public static void SetReading(ITurnContext turnContext, TurnReading reading)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(ReadingKey, reading);
    }

    /// <summary>True the first time in a turn, so a dialog restarted within the turn does not read the message twice.</summary>
    public static bool FirstScreen(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.TurnState.ContainsKey(ScreenedKey))
        {
            return false;
        }

        turnContext.TurnState.Set(ScreenedKey, new object());
        return true;
    }

    /// <summary>
    /// What <paramref name="text"/> itself says, read once per turn: the welcome's red-flag check and the dialog's
    /// reading of the same message share it. <paramref name="known"/>: the findings so far, for the place the
    /// conversation is about and the fit or stroke named before.
    /// </summary>
    public static TurnFindings MessageFindings(ITurnContext turnContext, TriageEngine engine, string text, DateTimeOffset now, Findings? known = null)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(engine);
        var (knownLocation, signNamedBefore, complaintSaid) = (known?.Location, known?.SignNamedBefore, known?.Complaints.Count > 0);
        if (turnContext.TurnState.Get<MessageMemo>(MessageKey) is { } memo && string.Equals(memo.Text, text, StringComparison.Ordinal)
            && string.Equals(memo.KnownLocation, knownLocation, StringComparison.Ordinal)
            && string.Equals(memo.SignNamedBefore, signNamedBefore, StringComparison.Ordinal) && memo.ComplaintSaid == complaintSaid)
        {
            return memo.Findings;
        }

        var findings = engine.Read(text, now, knownLocation, signNamedBefore, complaintSaid);
        turnContext.TurnState.Set(MessageKey, new MessageMemo(text, knownLocation, signNamedBefore, complaintSaid, findings));
        return findings;
    }

    /// <summary>
    /// The rules' decision on <paramref name="findings"/>. Within one turn it is reused while the findings stay exactly
    /// the same: the steps a turn passes over (each asks "is my question still open?") then share one evaluation.
    /// </summary>
    public static TriageDecision Decide(ITurnContext turnContext, TriageEngine engine, Findings findings)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(findings);
        if (turnContext.TurnState.Get<DecisionMemo>(DecisionKey) is { } memo && memo.Findings.SameAs(findings))
        {
            return memo.Decision;
        }

        var decision = engine.Evaluate(findings);
        turnContext.TurnState.Set(DecisionKey, new DecisionMemo(findings.Copy(), decision));
        return decision;
    }

    /// <summary>The conversation's triage state object for this turn (the one the accessor hands out).</summary>
    public static Task<TriageConversation> TriageAsync(BotAccessors accessors, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accessors);
        return accessors.Triage.GetAsync(turnContext, () => new TriageConversation(), cancellationToken);
    }

    private sealed record DecisionMemo(Findings Findings, TriageDecision Decision);

    private sealed record MessageMemo(string Text, string? KnownLocation, string? SignNamedBefore, bool ComplaintSaid, TurnFindings Findings);
}
