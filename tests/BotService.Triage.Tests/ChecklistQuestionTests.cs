using BotService.Triage.Extraction;
using BotService.Triage.Tests.Support;

namespace BotService.Triage.Tests;

/// <summary>
/// Checklists as nurses and carers type them: an item asked and answered ("fever? no", "face? drooping R"), marks
/// after items ("SOB -ve", "✓", "✗"), and the shorthand CP and SOB. The answer belongs to its item, so a denied sign is
/// not read as said, and a sign answered "yes" or described is read. Whatever might be a kiss, a correction or an
/// earlier time ("x", "no. actually yes", "-ve an hour ago") leaves the sign said.
/// </summary>
public sealed class ChecklistQuestionTests
{
    private static readonly FindingExtractor Extractor = new();

    public static TheoryData<string, string> SaidInAnsweredChecklist() => new()
    {
        { "fever? no. neck stiff? no. face? one side drooping since 10am", "face-droop" },
        { "cramps. chest pain? no. SOB? no. face? one side drooping since 10 mins", "face-droop" },
        { "hand spasm R. face? drooping R. neck stiff? no", "face-droop" },
        { "cramps. fever? no. SOB? yes, getting worse", "breathing-trouble" },
        { "cramps. lips? bluish. fever? no", "breathing-trouble" },
        { "calf cramp ++ / SOB +ve / CP +ve / fever -ve", "chest-pain" },
        { "hx nocturnal cramps. tonight: crushing CP, sweaty, SOB", "chest-pain" },
        { "chest pain? worried its my heart", "chest-pain" },
        { "chest pain? is that serious", "chest-pain" },
        { "SOB ✓ blue lips ✓ CP x fever x", "breathing-trouble" },
        { "calf cramp. my chest is tight x", "chest-pain" },
        { "fit now, jerking, blue round lips", "breathing-trouble" },
        { "chest tight? very x can't breathe properly x", "breathing-trouble" },
        { "cramp in my calf x and now i can't breathe x", "breathing-trouble" },
        { "neck stiff? yes x fever? yes x feel awful x", "fever" },
        { "Chest pain -ve yesterday, +ve today and getting worse by the minute", "chest-pain" },
        { "Arm weak? no, it's completely dead on the left side since 10 mins ago", "one-sided-weakness" },
        { "his CP started 10 min ago, sweating", "chest-pain" },
        { "Speech none since she fell over a minute ago, right arm floppy", "one-sided-weakness" },
        { "chest pain? yes sob no", "chest-pain" },
        { "face droop? yes fever no", "face-droop" },
        { "face droop speech not affected", "face-droop" },
        { "crushing chest pain ECG NAD", "chest-pain" },
        { "blue lips pulse not there", "breathing-trouble" },
        { "crushing chest pain x cheers x", "chest-pain" },
        { "face droop x hun x", "face-droop" },
        { "crushing chest pain x chest pain x", "chest-pain" },
        { "seizure x two today, face droop x", "face-droop" },
        { "chest pain -ve this morning, now +ve", "chest-pain" },
        { "chest pain -ve an hour ago, now crushing", "chest-pain" },
        { "chest pain? no... well yes actually", "chest-pain" },
        { "pt complaining of CP", "chest-pain" },
        { "face drooping x slurring x Jo x", "face-droop" },
        { "fitting x blue x floppy x", "seizure" },
        { "chest pain -ve half an hour ago, now +ve", "chest-pain" },
        { "chest pain -ve lying down, crushing when standing", "chest-pain" },
        { "yesterday chest pain -ve, today crushing", "chest-pain" },
        { "chest pain? no. actually yes", "chest-pain" },
        { "chest pain? no, but now yes", "chest-pain" },
        { "fitting? no. wait he is now", "seizure" },
        { "chest pain? more like pressure no", "chest-pain" },
        { "chest pain? she says no, then yes", "chest-pain" },
        { "cant breathe not at all", "breathing-trouble" },
        { "chest pain? panicking its my heart", "chest-pain" },
        { "chest pain? no, just pressure", "chest-pain" },
        { "spasm in shoulder. neck stiff? no, just sore one side", "neck-stiffness" },
        { "chest pain? no. its back", "chest-pain" },
        { "chest pain? no\ncrushing pain just started", "chest-pain" },
        { "fever? no, 39.5 and neck stiff", "fever" },
        { "face drooping? no clue slurred speech? no", "face-droop" },
        { "chest pain? no. fever? no. actually yes", "chest-pain" },
        { "face droop? no. arm? weak on left", "one-sided-weakness" },
    };

    [Theory]
    [MemberData(nameof(SaidInAnsweredChecklist))]
    public void ReadsASignAnsweredOrMarkedAsPresent(string text, string finding)
    {
        var turn = Extractor.Read(text, TriageHarness.Reference);

        Assert.Contains(turn.Present, p => p.Name == finding);
        Assert.DoesNotContain(finding, turn.Denied);
    }

    public static TheoryData<string, string> DeniedInAnsweredChecklist() => new()
    {
        { "eyelid twitch. face droop? no. speech? normal. weakness? none. fever? no", "face-droop" },
        { "foot cramp after football. SOB? no. CP? no. confusion? no. just sore", "chest-pain" },
        { "foot cramps at night. fever? nil. stiff neck? nil. fits? nil", "seizure" },
        { "cramps in both calves. SOB -ve CP -ve blue lips -ve fever -ve", "breathing-trouble" },
        { "eyelid twitching, tired, lots of coffee. denies CP, SOB, face droop, slurred speech", "speech-trouble" },
        { "eyelid twitch. confusion not present. weakness not present. speech ok", "confusion" },
        { "SOB? no CP? no", "breathing-trouble" },
        { "CP? no SOB? no fever? no", "chest-pain" },
        { "neck stiff? no fever? no face droop? no", "neck-stiffness" },
        { "seizure? never", "seizure" },
        { "twitch ✓ fever ✗ stiff neck ✗", "neck-stiffness" },
        { "facial droop not present. weakness not seen. calf twitch", "face-droop" },
    };

    [Theory]
    [MemberData(nameof(DeniedInAnsweredChecklist))]
    public void DoesNotReadASignAnsweredOrMarkedAsAbsent(string text, string finding)
    {
        var turn = Extractor.Read(text, TriageHarness.Reference);

        Assert.DoesNotContain(turn.Present, p => p.Name == finding);
    }

    [Theory]
    [InlineData("my son has CP and his legs spasm at night")]
    [InlineData("she has cp, hamstring spasms")]
    [InlineData("spastic cp, calf cramps")]
    [InlineData("Mum's CP spasticity flared up with the cold, she's comfortable and eating")]
    [InlineData("hes got CP and his legs cramp")]
    public void CerebralPalsyIsNotChestPain(string text)
    {
        var turn = Extractor.Read(text, TriageHarness.Reference);

        Assert.DoesNotContain(turn.Present, p => p.Name == "chest-pain");
    }

    [Theory]
    [InlineData("she started to sob, her calf is cramping")]
    [InlineData("i sob every night and my eyelid twitches")]
    [InlineData("it made me sob, my eyelid twitches")]
    public void SobbingIsNotShortOfBreath(string text)
    {
        var turn = Extractor.Read(text, TriageHarness.Reference);

        Assert.DoesNotContain(turn.Present, p => p.Name == "breathing-trouble");
    }

    [Theory]
    [InlineData("sob -ve cp -ve", "sob nil. cp nil")]
    [InlineData("calf cramp +ve / sob +ve / cp +ve / fever -ve", "calf cramp +ve / sob +ve / cp +ve / fever nil")]
    [InlineData("sob ✓ cp ✗ fever ✗", "sob ✓. cp nil. fever nil")]
    [InlineData("face droop x arm weak x speech x", "face droop x arm weak x speech x")]
    [InlineData("chest pain -ve yesterday, +ve today", "chest pain -ve yesterday, +ve today")]
    [InlineData("chest pain -ve half an hour ago", "chest pain -ve half an hour ago")]
    [InlineData("chest pain -ve, now crushing", "chest pain -ve, now crushing")]
    public void AMarkEndsItsItemOnlyInAPlainChecklist(string text, string marked)
    {
        Assert.Equal(marked, ChecklistMarks.Mark(text));
    }
}
