using System.CommandLine;

var root = new RootCommand("botservice: the muscle-twitch guidance bot's command line");
root.Subcommands.Add(BotService.Cli.Commands.RecognizeCommand.Create());
return await root.Parse(args).InvokeAsync();
