using System.Text.Json;
using BotService.Dialogs.Replies;
using BotService.Dialogs.Tests.Support;
using BotService.Protocol.Schema;
using BotService.Triage;
using Xunit.Abstractions;

namespace BotService.Dialogs.Tests;

/// <summary>Each of the four levels, and what its message carries (design.md §3.5, §4).</summary>
public sealed class LevelTests(ITestOutputHelper output)
{
    [Fact]
    public async Task SelfCareGivesHomeAdviceWithASafetyNetAndNoDoctorNow()
    {
        using var bot = new BotHarness();
        var replies = await PlayAsync(bot, "eyelid flickering for 2 days, been pulling all nighters for a work deadline", "none", "none");
        var answer = Disposition(replies, TriageLevels.SelfCare);
        Assert.DoesNotContain("I understood:", answer.Text, StringComparison.Ordinal);
        Assert.Contains("**You can most likely look after this at home**, because", answer.Text, StringComparison.Ordinal);
        Assert.Contains("**Get help sooner if:**", answer.Text, StringComparison.Ordinal);
        Assert.Contains("more than two weeks", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Who to see", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Sources: ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SoonNamesTheReasonTheDoctorAndTheTests()
    {
        using var bot = new BotHarness();
        var replies = await PlayAsync(bot, "my right bicep has been twitching for about 5 weeks. no weakness, lifts fine", "none", "none");
        var answer = Disposition(replies, TriageLevels.Soon);
        Assert.Contains("Make an appointment with your primary care provider", answer.Text, StringComparison.Ordinal);
        Assert.Contains("more than two weeks", answer.Text, StringComparison.Ordinal);
        Assert.Contains("**Who to see:**", answer.Text, StringComparison.Ordinal);
        Assert.Contains("neurologist", answer.Text, StringComparison.Ordinal);
        Assert.Contains("**Tests they may suggest:**", answer.Text, StringComparison.Ordinal);
        Assert.Contains("EMG", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UrgentSaysTodayAndNamesTheReason()
    {
        using var bot = new BotHarness(locale: "en-GB");
        var replies = await bot.SayAsync("woke up with a calf cramp about 15 mins ago and it still wont let go even when i stretch");
        output.WriteLine(bot.ToString());
        var answer = Disposition(replies, TriageLevels.Urgent);
        Assert.Contains("NHS 111", answer.Text, StringComparison.Ordinal);
        Assert.Contains("needs checking today", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Call 999 straight away if", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmergencyIsTheFirstThingSaidAndNamesTheReason()
    {
        using var bot = new BotHarness();
        var replies = await bot.SayAsync("arm twitching on and off today and now a crushing pain in my chest going down my left arm");
        output.WriteLine(bot.ToString());
        var answer = Disposition(replies, TriageLevels.Emergency);
        Assert.StartsWith("**Please call 911 now** (or have someone call for you).", answer.Text, StringComparison.Ordinal);
        Assert.Contains("chest", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("muscle spasm", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheOutcomeEntityHasTheContractShape()
    {
        using var bot = new BotHarness();
        var replies = await PlayAsync(bot, "my left eyelid has been twitching for about 4 days. exam week, like 5 coffees a day and not much sleep", "none", "none");
        var answer = Disposition(replies, TriageLevels.SelfCare);
        var entity = answer.Entities!.Single(e => e.Type == TriageOutcome.EntityType);
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(entity, BotJson.Options));
        var root = json.RootElement;
        Assert.Equal("triageOutcome", root.GetProperty("type").GetString());
        Assert.Equal("selfcare", root.GetProperty("disposition").GetString());
        Assert.NotEmpty(root.GetProperty("ruleIds").EnumerateArray());
        var findings = root.GetProperty("findings");
        Assert.Equal("eyelid", findings.GetProperty("location").GetString());
        Assert.Equal(4 * 86400, findings.GetProperty("durationSeconds").GetInt64());
        Assert.Contains(findings.GetProperty("triggers").EnumerateArray(), t => t.GetString() == "caffeine");
        Assert.Equal(JsonValueKind.Array, findings.GetProperty("symptoms").ValueKind);
        Assert.Contains(answer.Entities!, e => e.Type == CitationEntities.MessageEntityType);
    }

    [Fact]
    public async Task ARuleRestingOnAnInferenceRowSaysSoPlainly()
    {
        using var bot = new BotHarness();
        var replies = await PlayAsync(bot, "my calf twitches sometimes", "a few days", "none", "none");
        var answer = Disposition(replies, TriageLevels.SelfCare);
        Assert.Contains("This is a cautious rule of ours", answer.Text, StringComparison.Ordinal);
    }

    private async Task<List<Activity>> PlayAsync(BotHarness bot, params string[] messages)
    {
        var all = new List<Activity>();
        foreach (var message in messages)
        {
            var replies = await bot.SayAsync(message);
            all.AddRange(replies);
            if (BotHarness.OutcomeIn(replies) is not null)
            {
                break;
            }
        }

        output.WriteLine(bot.ToString());
        return all;
    }

    private static Activity Disposition(IEnumerable<Activity> replies, string level)
    {
        var answer = replies.Single(r => OutcomeEntity.Read(r) is not null);
        Assert.Equal(level, OutcomeEntity.Read(answer)!.Disposition);
        Assert.Equal(TextFormatTypes.Markdown, answer.TextFormat);
        return answer;
    }
}
