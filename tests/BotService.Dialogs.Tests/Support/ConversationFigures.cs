using System.Globalization;
using System.Text;
using BotService.Triage;

namespace BotService.Dialogs.Tests.Support;

/// <summary>Emergency recall, exact level, under-triage and same-reply escalation over a set of conversation runs.</summary>
public sealed record ConversationFigures(IReadOnlyList<ConversationRun> Runs)
{
    public int Emergencies => Runs.Count(r => Expected(r) == TriageLevel.Emergency);

    public int EmergenciesCaught => Runs.Count(r => Expected(r) == TriageLevel.Emergency && r.Level == TriageLevel.Emergency);

    public int Exact => Runs.Count(r => r.Level == Expected(r));

    public IReadOnlyList<ConversationRun> BelowLowestSafe =>
        Runs.Where(r => r.Level is null || r.Level < TriageLevels.Parse(r.Case.LowestSafe)).ToList();

    public IReadOnlyList<ConversationRun> LateEscalations => Runs.Where(r => !r.EscalatedInSameReply).ToList();

    public double EmergencyRecall => Emergencies == 0 ? 1 : (double)EmergenciesCaught / Emergencies;

    public double ExactShare => Runs.Count == 0 ? 0 : (double)Exact / Runs.Count;

    public string Report(string name)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{name}: {Runs.Count} cases played through the conversation");
        text.AppendLine(CultureInfo.InvariantCulture, $"emergency recall: {EmergenciesCaught}/{Emergencies} = {EmergencyRecall:P1}");
        text.AppendLine(CultureInfo.InvariantCulture, $"exact level: {Exact}/{Runs.Count} = {ExactShare:P1}");
        text.AppendLine(CultureInfo.InvariantCulture, $"below lowest safe level: {BelowLowestSafe.Count}");
        text.AppendLine(CultureInfo.InvariantCulture, $"red flag escalated in the same reply: {Runs.Count - LateEscalations.Count}/{Runs.Count}");
        foreach (var miss in Runs.Where(r => r.Level != Expected(r)))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {miss.Case.Id}: expected {miss.Case.Expected}, got {miss.Level?.ToName() ?? "no outcome"}");
        }

        return text.ToString();
    }

    private static TriageLevel Expected(ConversationRun run) => TriageLevels.Parse(run.Case.Expected);
}
