using BotService.Dialogs.Replies;
using BotService.Dialogs.Tests.Support;
using BotService.Triage;
using BotService.Triage.Options;
using Xunit.Abstractions;

namespace BotService.Dialogs.Tests;

/// <summary>
/// The emergency reply says the configured region's EmergencyAdvice (appsettings.json Triage:Regions), first and at
/// once: a UK bot adds "or go straight to A&amp;E", while the default (US) region reads exactly as before.
/// </summary>
public sealed class RegionWordingTests(ITestOutputHelper output)
{
    private const string ChestPainBecause =
        " I'm saying this because you mentioned chest pain or tightness, and chest symptoms always need checking straight away." +
        " It is safest to be seen now, even if it turns out to be something less serious. Don't drive yourself. If it eases, still call." +
        "\n\nI've stopped the questions so nothing delays you.";

    private static readonly Dictionary<string, string?> UkConfigured = new() { ["Triage:DefaultRegion"] = "uk" };

    [Fact]
    public async Task AUkConfiguredBotGivesTheUkEmergencyAdviceForChestPainFirstAndAtOnce()
    {
        // No locale on the activities: the region comes from configuration alone.
        using var bot = new BotHarness(locale: string.Empty, settings: UkConfigured);

        await bot.Flow()
            .Send("tbh my chest feels tight and heavy and it's going into my jaw")
            .AssertReply(
                "**Please call 999 now** (or have someone call for you), or go straight to A&E if that is faster and safe." + ChestPainBecause,
                "the UK emergency advice")
            .AssertNoReply("nothing may follow the emergency advice in that turn")
            .Send("ok")
            .AssertReply("If you haven't yet, please **call 999 now**, or go straight to A&E if that is faster and safe. When you're safe, I'm here if you have a question.")
            .StartTestAsync();
    }

    [Fact]
    public async Task AUkConfiguredBotsWelcomeAddsTheUkAdviceToTheEmergencyLine()
    {
        using var uk = new BotHarness(locale: string.Empty, settings: UkConfigured);
        using var us = new BotHarness(locale: string.Empty);

        var ukWelcome = Assert.Single(await uk.SendAsync(uk.Adapter.MakeMembersAdded()));
        var usWelcome = Assert.Single(await us.SendAsync(us.Adapter.MakeMembersAdded()));

        Assert.Contains("**call 999 now**, or go straight to A&E if that is faster and safe.", ukWelcome.Text, StringComparison.Ordinal);
        Assert.Contains("**call 911 now**.", usWelcome.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUkConfiguredBotEscalatesChestPainInTheMiddleOfTheQuestionsWithTheUkAdvice()
    {
        using var bot = new BotHarness(locale: string.Empty, settings: UkConfigured);
        var first = await bot.SayAsync("my calf keeps cramping since my run this morning, any tips?");
        Assert.Null(BotHarness.OutcomeIn(first));

        var replies = await bot.SayAsync("tbh my chest feels tight and heavy and it's going into my jaw");
        output.WriteLine(bot.ToString());

        var reply = Assert.Single(replies);
        Assert.Equal(TriageLevels.Emergency, BotHarness.OutcomeIn(replies)?.Disposition);
        Assert.Equal("**Please call 999 now** (or have someone call for you), or go straight to A&E if that is faster and safe." + ChestPainBecause, reply.Text);
        Assert.DoesNotContain("911", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-US", "**Please call 911 now** (or have someone call for you).")]
    [InlineData("", "**Please call 911 now** (or have someone call for you).")]
    [InlineData("en-GB", "**Please call 999 now** (or have someone call for you), or go straight to A&E if that is faster and safe.")]
    [InlineData("de-DE", "**Please call 112 now** (or have someone call for you).")]
    public async Task TheEmergencyAdviceFollowsTheRegionOfTheLocale(string locale, string headline)
    {
        using var bot = new BotHarness(locale: locale);

        var replies = await bot.SayAsync("tbh my chest feels tight and heavy and it's going into my jaw");

        Assert.Equal(headline + ChestPainBecause, Assert.Single(replies).Text);
    }

    [Theory]
    [InlineData("Call 112 now.", "**Please call 112 now** (or have someone call for you).")]
    [InlineData("call 112 now", "**Please call 112 now** (or have someone call for you).")]
    [InlineData("Call 112 now. If you can't call, go to the nearest emergency department.",
        "**Please call 112 now** (or have someone call for you). If you can't call, go to the nearest emergency department.")]
    [InlineData("Call 112 now, or go to the emergency department if that is faster",
        "**Please call 112 now** (or have someone call for you), or go to the emergency department if that is faster.")]
    [InlineData("Ring 112 straight away.", "**Please call 112 now** (or have someone call for you). Ring 112 straight away.")]
    public void AdviceWordedAnyWayIsSaidAfterTheCallToTheNumber(string advice, string headline) =>
        Assert.Equal(headline, EmergencyHeadline.For(new RegionOptions { EmergencyNumber = "112", EmergencyAdvice = advice }));
}
