using System.Text.Json;
using BotService.Protocol.Schema;
using BotService.Testing.Teams;

namespace BotService.Teams.Tests.Support;

/// <summary>
/// Teams-shaped inbound activities, written from the shapes in the Teams documentation
/// (TDOCS bots/how-to/conversations/channel-and-group-conversations.md, subscribe-to-conversation-events.md,
/// cards-actions.md) and parsed from JSON, so payloads arrive as JsonElement exactly as on the wire.
/// </summary>
internal static class TeamsActivities
{
    public const string BotId = TeamsIds.BotId;
    public const string BotName = "Twitch Guide";
    public const string TenantId = TeamsIds.TenantId;
    public const string TeamId = TeamsIds.TeamId;
    public const string ChannelId = "19:channel9e8f7a6b@thread.tacv2";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    public static readonly (string Id, string Name) Megan = (TeamsIds.MeganId, "Megan Bowen");
    public static readonly (string Id, string Name) Alex = (TeamsIds.AlexId, "Alex Wilber");

    public static Activity Parse(string json) => JsonSerializer.Deserialize<Activity>(json, BotJson.Options)!;

    public static Activity ChannelMessage((string Id, string Name) user, string id, string rootId, string text, bool mention = true) => Parse($$"""
        {
          "type": "message", "id": "{{id}}", "timestamp": "2026-11-20T09:00:00.000Z",
          "serviceUrl": "{{ServiceUrl}}", "channelId": "msteams",
          "from": { "id": "{{user.Id}}", "name": "{{user.Name}}", "aadObjectId": "a0b1c2d3-{{user.Name.Length}}" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "{{TenantId}}",
                            "id": "{{ChannelId}};messageid={{rootId}}" },
          "recipient": { "id": "{{BotId}}", "name": "{{BotName}}" },
          "textFormat": "plain", "locale": "en-US",
          "text": {{JsonSerializer.Serialize(text)}},
          "entities": [
            {{(mention ? $$"""{ "type": "mention", "mentioned": { "id": "{{BotId}}", "name": "{{BotName}}" }, "text": "<at>{{BotName}}</at>" },""" : "")}}
            { "type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web", "timezone": "America/Los_Angeles" }
          ],
          "channelData": {
            "teamsChannelId": "{{ChannelId}}", "teamsTeamId": "{{TeamId}}",
            "channel": { "id": "{{ChannelId}}" }, "team": { "id": "{{TeamId}}" }, "tenant": { "id": "{{TenantId}}" }
          }
        }
        """);

    public static Activity GroupChatMessage(string text, bool mention = true) => Parse($$"""
        {
          "type": "message", "id": "1732093200000", "serviceUrl": "{{ServiceUrl}}", "channelId": "msteams",
          "from": { "id": "{{Megan.Id}}", "name": "{{Megan.Name}}" },
          "conversation": { "isGroup": true, "conversationType": "groupChat", "tenantId": "{{TenantId}}",
                            "id": "19:meeting_groupchat77@thread.v2" },
          "recipient": { "id": "{{BotId}}", "name": "{{BotName}}" },
          "text": {{JsonSerializer.Serialize(text)}},
          "entities": [ {{(mention ? $$"""{ "type": "mention", "mentioned": { "id": "{{BotId}}", "name": "{{BotName}}" }, "text": "<at>{{BotName}}</at>" }""" : "")}} ],
          "channelData": { "tenant": { "id": "{{TenantId}}" } }
        }
        """);

    public static Activity PersonalMessage(string? text, string? valueJson = null) => Parse($$"""
        {
          "type": "message", "id": "1732093300000", "serviceUrl": "{{ServiceUrl}}", "channelId": "msteams",
          "from": { "id": "{{Megan.Id}}", "name": "{{Megan.Name}}", "aadObjectId": "6f2a3b4c-aad" },
          "conversation": { "conversationType": "personal", "tenantId": "{{TenantId}}",
                            "id": "a:1mJx3W2dR7personalChatId" },
          "recipient": { "id": "{{BotId}}", "name": "{{BotName}}" },
          "text": {{JsonSerializer.Serialize(text)}},
          {{(valueJson is null ? "" : $"\"value\": {valueJson},")}}
          "channelData": { "tenant": { "id": "{{TenantId}}" } }
        }
        """);

    public static Activity Invoke(string? name, string? valueJson, string conversationType = "personal", string channelId = "msteams") => Parse($$"""
        {
          "type": "invoke", "id": "f:9203847", {{(name is null ? "" : $"\"name\": \"{name}\",")}}
          "serviceUrl": "{{ServiceUrl}}", "channelId": "{{channelId}}",
          "from": { "id": "{{Megan.Id}}", "name": "{{Megan.Name}}" },
          "conversation": { "conversationType": "{{conversationType}}", "tenantId": "{{TenantId}}", "id": "a:1mJx3W2dR7personalChatId" },
          "recipient": { "id": "{{BotId}}", "name": "{{BotName}}" },
          {{(valueJson is null ? "" : $"\"value\": {valueJson},")}}
          "channelData": { "tenant": { "id": "{{TenantId}}" } }
        }
        """);

    public static Activity PersonalInstall(params string[] memberIds) => Parse($$"""
        {
          "type": "conversationUpdate", "id": "f:install1", "serviceUrl": "{{ServiceUrl}}", "channelId": "msteams",
          "from": { "id": "{{Megan.Id}}", "aadObjectId": "6f2a3b4c-aad" },
          "conversation": { "conversationType": "personal", "tenantId": "{{TenantId}}", "id": "a:1mJx3W2dR7personalChatId" },
          "recipient": { "id": "{{BotId}}", "name": "{{BotName}}" },
          "membersAdded": [ {{string.Join(",", memberIds.Select(m => $"{{\"id\":\"{m}\"}}"))}} ],
          "channelData": { "tenant": { "id": "{{TenantId}}" } }
        }
        """);

    public static Activity TeamInstall() => Parse($$"""
        {
          "type": "conversationUpdate", "id": "f:install2", "serviceUrl": "{{ServiceUrl}}", "channelId": "msteams",
          "from": { "id": "{{Megan.Id}}" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "{{TenantId}}", "id": "{{ChannelId}}" },
          "recipient": { "id": "{{BotId}}", "name": "{{BotName}}" },
          "membersAdded": [ { "id": "{{BotId}}" } ],
          "channelData": { "team": { "id": "{{TeamId}}", "name": "Clinic staff" }, "eventType": "teamMemberAdded",
                           "tenant": { "id": "{{TenantId}}" }, "settings": { "selectedChannel": { "id": "{{ChannelId}}" } } }
        }
        """);

    /// <summary>People join a team the bot is in: the same eventType as the bot's own install, without the bot.</summary>
    public static Activity TeamMembersAdded(params string[] memberIds) => Parse($$"""
        {
          "type": "conversationUpdate", "id": "f:join1", "serviceUrl": "{{ServiceUrl}}", "channelId": "msteams",
          "from": { "id": "{{Megan.Id}}" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "{{TenantId}}", "id": "{{ChannelId}}" },
          "recipient": { "id": "{{BotId}}", "name": "{{BotName}}" },
          "membersAdded": [ {{string.Join(",", memberIds.Select(m => $"{{\"id\":\"{m}\"}}"))}} ],
          "channelData": { "team": { "id": "{{TeamId}}", "name": "Clinic staff" }, "eventType": "teamMemberAdded",
                           "tenant": { "id": "{{TenantId}}" } }
        }
        """);

    public static Activity InstallationUpdate(string action, string conversationType = "personal") => Parse($$"""
        {
          "type": "installationUpdate", "action": "{{action}}", "id": "f:inst3", "serviceUrl": "{{ServiceUrl}}", "channelId": "msteams",
          "from": { "id": "{{Megan.Id}}" },
          "conversation": { "conversationType": "{{conversationType}}", "tenantId": "{{TenantId}}", "id": "a:1mJx3W2dR7personalChatId" },
          "recipient": { "id": "{{BotId}}", "name": "{{BotName}}" },
          "channelData": { "tenant": { "id": "{{TenantId}}" }, "source": { "name": "message" } }
        }
        """);
}
