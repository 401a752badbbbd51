using System.Text.Json;
using BotService.Protocol.Schema;
using BotService.Testing.Teams;

namespace BotService.Dialogs.Tests.Support;

/// <summary>
/// What Microsoft Teams sends around membership and invokes, in the shapes of protocol.md §6.2 and the Teams docs
/// (subscribe-to-conversation-events.md), parsed from JSON so channelData and value arrive as JsonElement as on the wire.
/// </summary>
internal static class TeamsEvents
{
    public const string BotId = TeamsIds.BotId;
    public const string TenantId = TeamsIds.TenantId;
    public const string TeamId = TeamsIds.TeamId;
    public const string GeneralChannelId = "19:general4d5e6f@thread.tacv2";
    public const string PersonalChatId = "a:1mJx3W2dR7personalChatId";
    public const string GroupChatId = "19:meeting_groupchat77@thread.v2";
    public const string Megan = TeamsIds.MeganId;
    public const string Alex = TeamsIds.AlexId;

    /// <summary>Someone installs the bot for themselves: the bot and the person are added to a personal chat.</summary>
    public static Activity PersonalInstall(string person) => Update(person, "personal", PersonalChatId, isGroup: false, [BotId, person],
        $$"""{ "tenant": { "id": "{{TenantId}}" } }""");

    /// <summary>The bot is added to a team; the update comes from the channel picked at install.</summary>
    public static Activity BotAddedToTeam(string addedBy) => Update(addedBy, "channel", GeneralChannelId, isGroup: true, [BotId],
        TeamChannelData($$""", "settings": { "selectedChannel": { "id": "{{GeneralChannelId}}" } }"""));

    /// <summary>People join a team the bot is already in.</summary>
    public static Activity PeopleJoinTeam(string addedBy, params string[] people) => Update(addedBy, "channel", GeneralChannelId, isGroup: true, people,
        TeamChannelData(string.Empty));

    public static Activity BotAddedToGroupChat(string addedBy) => Update(addedBy, "groupChat", GroupChatId, isGroup: true, [BotId],
        $$"""{ "tenant": { "id": "{{TenantId}}" } }""");

    public static Activity PeopleJoinGroupChat(string addedBy, params string[] people) => Update(addedBy, "groupChat", GroupChatId, isGroup: true, people,
        $$"""{ "tenant": { "id": "{{TenantId}}" } }""");

    /// <summary>
    /// A person's message to the bot in a team channel (or a group chat), as the bot sees it after the Teams mention
    /// middleware has taken out the "@Twitch Guide".
    /// </summary>
    public static Activity SharedMessage(string person, string text, string id, bool groupChat = false) => Parse($$"""
        {
          "type": "message", "id": "{{id}}", "channelId": "msteams", "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "from": { "id": "{{person}}", "name": "Someone" },
          "conversation": { "isGroup": true, "conversationType": "{{(groupChat ? "groupChat" : "channel")}}", "tenantId": "{{TenantId}}",
                            "id": "{{(groupChat ? GroupChatId : GeneralChannelId + ";messageid=" + id)}}" },
          "recipient": { "id": "{{BotId}}", "name": "Twitch Guide" },
          "locale": "en-US", "textFormat": "plain",
          "text": {{JsonSerializer.Serialize(text)}},
          "channelData": {{(groupChat ? $$"""{ "tenant": { "id": "{{TenantId}}" } }""" : $$"""{ "teamsChannelId": "{{GeneralChannelId}}", "team": { "id": "{{TeamId}}" }, "tenant": { "id": "{{TenantId}}" } }""")}}
        }
        """);

    public static Activity Invoke(string name, string valueJson, string channelId = Channels.Msteams) => Parse($$"""
        {
          "type": "invoke", "name": "{{name}}", "id": "f:9203847", "channelId": "{{channelId}}",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "from": { "id": "{{Megan}}", "name": "Megan Bowen" },
          "conversation": { "conversationType": "personal", "tenantId": "{{TenantId}}", "id": "{{PersonalChatId}}" },
          "recipient": { "id": "{{BotId}}", "name": "Twitch Guide" },
          "value": {{valueJson}},
          "channelData": { "tenant": { "id": "{{TenantId}}" } }
        }
        """);

    private static string TeamChannelData(string more) => $$"""
        { "eventType": "teamMemberAdded", "team": { "id": "{{TeamId}}", "name": "Clinic staff" },
          "tenant": { "id": "{{TenantId}}" }{{more}} }
        """;

    private static Activity Update(string from, string conversationType, string conversationId, bool isGroup, string[] added, string channelData) => Parse($$"""
        {
          "type": "conversationUpdate", "id": "f:{{Guid.NewGuid():N}}", "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "from": { "id": "{{from}}", "aadObjectId": "6f2a3b4c-aad" },
          "conversation": { {{(isGroup ? "\"isGroup\": true, " : "")}}"conversationType": "{{conversationType}}",
                            "tenantId": "{{TenantId}}", "id": "{{conversationId}}" },
          "recipient": { "id": "{{BotId}}", "name": "Twitch Guide" },
          "membersAdded": [ {{string.Join(", ", added.Select(id => $$"""{ "id": "{{id}}" }"""))}} ],
          "channelData": {{channelData}}
        }
        """);

    private static Activity Parse(string json) => JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;
}
