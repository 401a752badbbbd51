using System.CommandLine;
using BotService.Teams.AppPackage;

namespace BotService.Cli.Commands;

/// <summary><c>botservice teams-package --app-id &lt;guid&gt; --out &lt;file.zip&gt; [--domain host]</c>: the Teams app zip.</summary>
public static class TeamsPackageCommand
{
    public static Command Create()
    {
        var appId = new Option<string>("--app-id")
        {
            Description = "The bot's Microsoft App ID (a GUID) from its Azure Bot registration.",
            Required = true,
        };
        appId.Validators.Add(result =>
        {
            if (!Guid.TryParse(result.GetValueOrDefault<string>(), out _))
            {
                result.AddError("--app-id must be a GUID, e.g. 00000000-0000-0000-0000-000000000000.");
            }
        });
        var output = new Option<FileInfo>("--out") { Description = "Where to write the app package (.zip).", Required = true };
        var domain = new Option<string?>("--domain") { Description = "The host name the bot is reached at, e.g. twitch.example.org." };
        domain.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && Uri.CheckHostName(value) == UriHostNameType.Unknown)
            {
                result.AddError("--domain must be a host name without scheme or path, e.g. twitch.example.org.");
            }
        });
        var version = new Option<string>("--version") { Description = "The app version (semantic version).", DefaultValueFactory = _ => "1.0.0" };

        var command = new Command("teams-package", "Write the Microsoft Teams app package (manifest and icons) for the bot.")
        {
            appId, output, domain, version,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var settings = new TeamsPackageSettings(Guid.Parse(parseResult.GetRequiredValue(appId)))
            {
                Domain = parseResult.GetValue(domain),
                Version = parseResult.GetValue(version) ?? "1.0.0",
            };
            var file = parseResult.GetRequiredValue(output);
            await TeamsAppPackage.WriteFileAsync(file.FullName, settings, cancellationToken).ConfigureAwait(false);
            await parseResult.InvocationConfiguration.Output.WriteLineAsync($"Wrote {file.FullName} (manifest {TeamsManifest.ManifestVersion}, bot {settings.BotAppId:D}).").ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
