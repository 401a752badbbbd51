var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.Run();

/// <summary>Declared so that WebApplicationFactory can find the entry point in tests.</summary>
public partial class Program;
