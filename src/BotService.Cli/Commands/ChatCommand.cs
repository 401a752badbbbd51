using System.CommandLine;
using BotService.Cli.Commands.Chat;
using BotService.Content;
using BotService.Dialogs;
using BotService.Dialogs.State;
using BotService.Protocol;
using BotService.Protocol.State;
using BotService.Storage;
using BotService.Storage.Memory;
using BotService.Storage.Sqlite;
using BotService.Triage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BotService.Cli.Commands;

/// <summary>
/// <c>botservice chat</c>: the product's conversation in a terminal, with the same bot, dialogs, content base and
/// triage rules as the host. Reads one message per line from standard input (so it can be scripted) until the end
/// of input or "quit".
/// </summary>
public static class ChatCommand
{
    public static Command Create() => Create(Console.In);

    public static Command Create(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var locale = new Option<string>("--locale") { Description = "Locale of the conversation; picks the emergency number (en-US: 911, en-GB: 999, de-DE: 112).", DefaultValueFactory = _ => "en-US" };
        var sqlite = new Option<string?>("--sqlite") { Description = "Keep state in this SQLite file instead of memory (carries on where a previous chat stopped)." };
        var command = new Command("chat", "Talk to the bot in the terminal (type a message, or the number of a button; 'quit' to leave)")
        {
            locale, sqlite,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            input, parse.InvocationConfiguration.Output, parse.GetValue(locale) ?? "en-US", parse.GetValue(sqlite), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(TextReader input, TextWriter output, string locale, string? sqlitePath, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: false)
            .AddEnvironmentVariables()
            .Build();
        IStorage storage = sqlitePath is null ? new MemoryStorage() : new SqliteStorage(Path.GetFullPath(sqlitePath));
        if (storage is IInitializableStorage initializable)
        {
            await initializable.InitializeAsync(cancellationToken).ConfigureAwait(false);
        }

        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(storage)
            .AddContentBase(configuration)
            .AddTriage(configuration)
            .AddConversation();
        await using var provider = services.BuildServiceProvider();
        var bot = provider.GetRequiredService<IBot>();
        var channel = new ConsoleChannel(output, locale);
        channel.UseBotState(provider.GetRequiredService<BotAccessors>().All);

        await channel.RunTurnAsync(channel.Join(), bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.Trim() is "quit" or "exit" or ":q")
            {
                break;
            }

            if (line.Trim().Length == 0)
            {
                continue;
            }

            await output.WriteLineAsync("you: " + line.Trim()).ConfigureAwait(false);
            await channel.RunTurnAsync(channel.MessageFor(line), bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);
        }

        (storage as IDisposable)?.Dispose();
        return 0;
    }
}
