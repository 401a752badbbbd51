namespace BotService.Testing.Teams;

/// <summary>
/// The ids of one imaginary Teams tenant (bot, tenant, team, two people) in the formats Teams uses, shared by the
/// Teams-shaped activities of the test projects so that they describe the same tenant.
/// </summary>
public static class TeamsIds
{
    public const string BotId = "28:5b3a2c1d-1111-4222-8333-944455556666";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string TeamId = "19:team0a1b2c3d@thread.tacv2";
    public const string MeganId = "29:1Xd4kKa-megan";
    public const string AlexId = "29:1Yb7pQz-alex";
}
