namespace BotService.Triage.Extraction;

/// <summary>Names of findings derived from combinations within a clause.</summary>
public static class DerivedFindings
{
    /// <summary>A medicine named together with "started", "new", "increased"...</summary>
    public const string MedicineNew = "medicine-new";

    /// <summary>A medicine named together with "side effect", "since starting", "making my..."</summary>
    public const string MedicineSuspected = "medicine-suspected";

    /// <summary>An eyelid twitch with the cheek or mouth twitching too.</summary>
    public const string FaceSpread = "face-spread";
}
