namespace BotService.Protocol.Schema;

/// <summary>Activity type names on the wire; compared ordinally (protocol.md §1.2).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ContactRelationUpdate = "contactRelationUpdate";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string DeleteUserData = "deleteUserData";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string Suggestion = "suggestion";
    public const string Trace = "trace";
    public const string Handoff = "handoff";
    public const string Command = "command";
    public const string CommandResult = "commandResult";

    /// <summary>Internal: the adapter waits <c>value</c> milliseconds instead of sending it (protocol.md §1.2).</summary>
    public const string Delay = "delay";

    /// <summary>Internal: carries an invoke's HTTP answer from the bot to the adapter; never sent on the wire.</summary>
    public const string InvokeResponse = "invokeResponse";
}

/// <summary>The SDK's input hint values, which real bots emit (protocol.md §1.4).</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}

/// <summary>An activity's <c>importance</c> (Bot Framework activity schema).</summary>
public static class ActivityImportance
{
    public const string Low = "low";
    public const string Normal = "normal";
    public const string High = "high";
}

public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string Notification = "notification";
    public const string ExpectReplies = "expectReplies";
    public const string Ephemeral = "ephemeral";
}

public static class TextFormatTypes
{
    public const string Plain = "plain";
    public const string Markdown = "markdown";
    public const string Xml = "xml";
}

public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
    public const string Skill = "skill";
}

public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
    public const string DownloadFile = "downloadFile";
    public const string ShowImage = "showImage";
    public const string Signin = "signin";
    public const string PlayAudio = "playAudio";
    public const string PlayVideo = "playVideo";
    public const string Call = "call";
    public const string Payment = "payment";
    public const string OpenApp = "openApp";
}

/// <summary>Why a conversation ended (protocol.md §1.6).</summary>
public static class EndOfConversationCodes
{
    public const string Unknown = "unknown";
    public const string CompletedSuccessfully = "completedSuccessfully";
    public const string UserCancelled = "userCancelled";
    public const string BotTimedOut = "botTimedOut";
    public const string BotIssuedInvalidMessage = "botIssuedInvalidMessage";
    public const string ChannelFailed = "channelFailed";
}

public static class AttachmentLayoutTypes
{
    public const string List = "list";
    public const string Carousel = "carousel";
}

/// <summary>Values of <c>action</c> on contactRelationUpdate and installationUpdate.</summary>
public static class MembershipActions
{
    public const string Add = "add";
    public const string Remove = "remove";
}

/// <summary>Values of <c>callerId</c> the bot sets after authentication (protocol.md §1.3).</summary>
public static class CallerIdConstants
{
    public const string PublicAzureChannel = "urn:botframework:azure";
    public const string USGovChannel = "urn:botframework:azureusgov";
    public const string BotToBotPrefix = "urn:botframework:aadappid:";
}

/// <summary>The values of <c>conversation.conversationType</c> that channels send (Teams: protocol.md §6.1).</summary>
public static class ConversationTypes
{
    public const string Personal = "personal";
    public const string GroupChat = "groupChat";
    public const string Channel = "channel";
}

/// <summary>Channel ids the bot treats specially.</summary>
public static class Channels
{
    public const string Emulator = "emulator";
    public const string DirectLine = "directline";
    public const string Webchat = "webchat";
    public const string Msteams = "msteams";
    public const string Test = "test";
    public const string Console = "console";
}
