using BotService.Dialogs;
using BotService.DirectLine;
using BotService.Host;
using BotService.Protocol.Hosting;
using BotService.Teams;

// The content root is the output folder, so the root appsettings.json linked there is the one read.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseDefaultBotUrl(builder.Configuration);
builder.Services.AddBotRuntime(builder.Configuration).AddDialogs(builder.Configuration);
builder.Services.AddTeams();
builder.Services.AddDirectLine(builder.Configuration);

var app = builder.Build();
app.UseStaticFiles();
app.MapBotMessages();
app.MapDirectLine();
app.Run();

/// <summary>Declared so that WebApplicationFactory can find the entry point in tests.</summary>
public partial class Program;
