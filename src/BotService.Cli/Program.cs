using System.CommandLine;
using BotService.Cli.Commands;

var root = new RootCommand("botservice: the muscle-twitch guidance bot's command line");
root.Subcommands.Add(AskCommand.Create());
return await root.Parse(args).InvokeAsync();
