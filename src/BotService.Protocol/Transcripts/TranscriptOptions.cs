namespace BotService.Protocol.Transcripts;

/// <summary>
/// Conversation transcripts (<c>Transcripts</c> section): off unless <see cref="Enabled"/>, and redacted unless
/// <see cref="Redact"/> is false. Transcripts are for debugging with the Bot Framework Emulator; they hold what people
/// wrote about their health, so keep them off in production or leave redaction on.
/// </summary>
public sealed class TranscriptOptions
{
    public const string SectionName = "Transcripts";

    public bool Enabled { get; set; }

    /// <summary>See <see cref="TranscriptRedactor"/> for what is kept.</summary>
    public bool Redact { get; set; } = true;

    /// <summary>Where the <c>.transcript</c> files go; relative to the content root unless absolute.</summary>
    public string Folder { get; set; } = "data/transcripts";
}
