using BotService.DirectLine;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddDirectLine(builder.Configuration);
var app = builder.Build();
app.UseStaticFiles();
app.MapDirectLine();
app.Run();

/// <summary>Declared so that WebApplicationFactory can find the entry point in tests.</summary>
public partial class Program;
