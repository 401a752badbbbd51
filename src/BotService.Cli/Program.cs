using System.CommandLine;
using BotService.Cli.Commands;

var root = new RootCommand("botservice: the muscle-twitch guidance bot's command line");
root.Subcommands.Add(AskCommand.Create());
root.Subcommands.Add(RecognizeCommand.Create());
root.Subcommands.Add(TeamsPackageCommand.Create());
root.Subcommands.Add(ChatCommand.Create());
return await root.Parse(args).InvokeAsync();
