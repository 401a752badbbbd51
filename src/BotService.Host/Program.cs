using BotService.Dialogs;
using BotService.DirectLine;
using BotService.Host;
using BotService.Protocol.Hosting;
using BotService.Protocol.Hosting.RateLimiting;
using BotService.Protocol.State;
using BotService.Protocol.Transcripts;
using BotService.Teams;

// A bad setting or an unreachable database ends start-up with one clear message (StartupFailure).
return StartupFailure.Run(() =>
{
    // The content root is the output folder, so the root appsettings.json linked there is the one read.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    builder.WebHost.UseDefaultBotUrl(builder.Configuration);
    builder.Services.AddBotRuntime(builder.Configuration).AddTranscripts(builder.Configuration).AddDialogs(builder.Configuration);
    builder.Services.AddTeams();
    builder.Services.AddDirectLine(builder.Configuration);
    builder.Services.AddBotRateLimits(builder.Configuration);
    builder.Services.AddSingleton<BotService.Protocol.IMiddleware, ConversationOwnerMiddleware>();

    var app = builder.Build();
    app.UseStaticFiles();
    app.UseRateLimiter();
    app.MapBotMessages().RequireBotRateLimits();
    app.MapDirectLine();
    app.Run();
}, StartupFailure.IsProcessEntryPoint);

/// <summary>Declared so that WebApplicationFactory can find the entry point in tests.</summary>
public partial class Program;
