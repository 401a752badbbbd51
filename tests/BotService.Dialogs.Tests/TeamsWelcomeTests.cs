using System.Text.Json;
using BotService.Dialogs.Tests.Support;
using BotService.Dialogs.Text;
using BotService.Protocol.Schema;

namespace BotService.Dialogs.Tests;

/// <summary>
/// The product bot in Microsoft Teams: a personal chat is welcomed once per person; a team or group chat gets one
/// introduction when the bot is added, and nothing when people join it (protocol.md §6.2: greet when the bot itself
/// is added, don't spam large teams); the invokes the Teams handler answers are not 501.
/// </summary>
public sealed class TeamsWelcomeTests
{
    [Fact]
    public async Task PeopleJoiningATeamGetNoWelcomeInTheChannel()
    {
        using var bot = new BotHarness(Channels.Msteams);

        Assert.Empty(await bot.SendAsync(TeamsEvents.PeopleJoinTeam(TeamsEvents.Megan, TeamsEvents.Alex)));
        Assert.Empty(await bot.SendAsync(TeamsEvents.PeopleJoinTeam(TeamsEvents.Alex, "29:1Zc9rTy-lee")));
    }

    [Fact]
    public async Task PeopleJoiningAGroupChatGetNoWelcome()
    {
        using var bot = new BotHarness(Channels.Msteams);

        Assert.Empty(await bot.SendAsync(TeamsEvents.PeopleJoinGroupChat(TeamsEvents.Megan, TeamsEvents.Alex)));
    }

    [Fact]
    public async Task AddingTheBotToATeamIntroducesItOnceInTheChannel()
    {
        using var bot = new BotHarness(Channels.Msteams);

        var introduction = Assert.Single(await bot.SendAsync(TeamsEvents.BotAddedToTeam(TeamsEvents.Megan)));

        Assert.StartsWith($"**{BotText.WelcomeHeadline}**", introduction.Text, StringComparison.Ordinal);
        Assert.Contains("**call 911 now**", introduction.Text, StringComparison.Ordinal);
        Assert.Equal(TeamsEvents.GeneralChannelId, introduction.Conversation!.Id);
    }

    [Fact]
    public async Task AddingTheBotToAGroupChatIntroducesItOnce()
    {
        using var bot = new BotHarness(Channels.Msteams);

        var introduction = Assert.Single(await bot.SendAsync(TeamsEvents.BotAddedToGroupChat(TeamsEvents.Megan)));

        Assert.StartsWith($"**{BotText.WelcomeHeadline}**", introduction.Text, StringComparison.Ordinal);
        Assert.Equal(TeamsEvents.GroupChatId, introduction.Conversation!.Id);
    }

    [Fact]
    public async Task APersonalInstallIsWelcomedOnceAndAnotherInstallIsNot()
    {
        using var bot = new BotHarness(Channels.Msteams);

        var welcome = Assert.Single(await bot.SendAsync(TeamsEvents.PersonalInstall(TeamsEvents.Megan)));
        Assert.StartsWith($"**{BotText.WelcomeHeadline}**", welcome.Text, StringComparison.Ordinal);
        Assert.Equal(TeamsEvents.PersonalChatId, welcome.Conversation!.Id);

        Assert.Empty(await bot.SendAsync(TeamsEvents.PersonalInstall(TeamsEvents.Megan)));
    }

    [Fact]
    public async Task SomeoneWhoAddedTheBotAndPeopleToATeamIsStillWelcomedInTheirPersonalChat()
    {
        using var bot = new BotHarness(Channels.Msteams);
        await bot.SendAsync(TeamsEvents.BotAddedToTeam(TeamsEvents.Megan));
        await bot.SendAsync(TeamsEvents.PeopleJoinTeam(TeamsEvents.Megan, TeamsEvents.Alex));

        var welcome = Assert.Single(await bot.SendAsync(TeamsEvents.PersonalInstall(TeamsEvents.Megan)));

        Assert.Equal(TeamsEvents.PersonalChatId, welcome.Conversation!.Id);
    }

    [Fact]
    public async Task AnActionExecuteInTeamsIsAnsweredWith200NotNotImplemented()
    {
        using var bot = new BotHarness(Channels.Msteams);

        var answer = await bot.InvokeAsync(TeamsEvents.Invoke("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"ok","data":{}}}"""));

        Assert.Equal(200, answer!.Status);
        var body = JsonSerializer.SerializeToElement(answer.Body, BotJson.Options);
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
    }

    [Fact]
    public async Task AMalformedActionExecuteInTeamsIsAnsweredWith400()
    {
        using var bot = new BotHarness(Channels.Msteams);

        var answer = await bot.InvokeAsync(TeamsEvents.Invoke("adaptiveCard/action", """{"action":{"type":"Action.Submit"}}"""));

        Assert.Equal(400, answer!.Status);
    }

    [Fact]
    public async Task ASignInStateCheckInTeamsIsAnsweredWith200()
    {
        using var bot = new BotHarness(Channels.Msteams);

        var answer = await bot.InvokeAsync(TeamsEvents.Invoke("signin/verifyState", """{"state":"123456"}"""));

        Assert.Equal(200, answer!.Status);
    }

    [Theory]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.Webchat)]
    [InlineData(Channels.DirectLine)]
    public async Task TheSameInvokeFromAnotherChannelIsStillAnswered501(string channelId)
    {
        using var bot = new BotHarness(channelId);

        var answer = await bot.InvokeAsync(TeamsEvents.Invoke("adaptiveCard/action", """{"action":{"type":"Action.Execute","verb":"ok","data":{}}}""", channelId));

        Assert.Equal(501, answer!.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task APersonsFirstMessageInATeamChannelOrGroupChatIsWelcomedOnceThenAnswered(bool groupChat)
    {
        using var bot = new BotHarness(Channels.Msteams);

        var first = await bot.SendAsync(TeamsEvents.SharedMessage(TeamsEvents.Megan, "my eyelid keeps twitching", "1", groupChat));
        var second = await bot.SendAsync(TeamsEvents.SharedMessage(TeamsEvents.Megan, "about 3 days", "2", groupChat));
        var alex = await bot.SendAsync(TeamsEvents.SharedMessage(TeamsEvents.Alex, "what causes cramps?", "3", groupChat));

        Assert.True(first.Count >= 2, "the welcome, then the bot's reply to the message");
        Assert.Contains(BotText.NotADoctor, first[0].Text, StringComparison.Ordinal);
        Assert.DoesNotContain(first.Skip(1), a => a.Text?.Contains(BotText.NotADoctor, StringComparison.Ordinal) == true);
        Assert.DoesNotContain(second, a => a.Text?.Contains(BotText.NotADoctor, StringComparison.Ordinal) == true);
        Assert.Contains(BotText.NotADoctor, alex[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARedFlagAsAPersonsFirstMessageInAChannelGetsTheEscalationFirstAndNoWelcome()
    {
        using var bot = new BotHarness(Channels.Msteams);

        var replies = await bot.SendAsync(TeamsEvents.SharedMessage(TeamsEvents.Megan, "I have crushing chest pain and my arm is twitching", "1"));
        var later = await bot.SendAsync(TeamsEvents.SharedMessage(TeamsEvents.Megan, "ok", "2"));

        Assert.Contains("call 911 now", replies[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(replies.Concat(later), a => a.Text?.StartsWith($"**{BotText.WelcomeHeadline}**", StringComparison.Ordinal) == true);
    }
}
