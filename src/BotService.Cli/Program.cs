using System.CommandLine;

var root = new RootCommand("botservice: the muscle-twitch guidance bot's command line");
return await root.Parse(args).InvokeAsync();
