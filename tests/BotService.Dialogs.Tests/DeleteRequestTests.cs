using BotService.Dialogs.Understanding;

namespace BotService.Dialogs.Tests;

/// <summary>"delete my data" is understood however politely it is asked, and only when it is asked.</summary>
public sealed class DeleteRequestTests
{
    [Theory]
    [InlineData("delete my data")]
    [InlineData("Forget me.")]
    [InlineData("please erase everything")]
    [InlineData("Can you delete my data?")]
    [InlineData("could you please wipe all of my information")]
    [InlineData("I want you to forget me")]
    [InlineData("I'd like to delete my details please")]
    public void APoliteOrPlainRequestToDeleteIsTheDeleteCommand(string text) =>
        Assert.Equal(Command.DeleteMyData, Utterances.CommandIn(text));

    [Theory]
    [InlineData("can you delete the last answer")]
    [InlineData("I forget when it started")]
    [InlineData("my eyelid wont stop, can you help me forget about it")]
    public void OtherMessagesThatMentionDeletingOrForgettingAreNot(string text) =>
        Assert.NotEqual(Command.DeleteMyData, Utterances.CommandIn(text));
}
