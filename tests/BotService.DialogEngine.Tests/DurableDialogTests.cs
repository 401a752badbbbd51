using BotService.DialogEngine.Prompts;
using BotService.DialogEngine.Waterfall;
using BotService.Protocol;
using BotService.Storage;
using BotService.Storage.Postgres;
using BotService.Testing;
using BotService.Testing.Postgres;
using BotService.Testing.Storage;

namespace BotService.DialogEngine.Tests;

/// <summary>
/// A dialog's whole position lives in storage: a new host (new adapter, state and storage client over the same
/// database) carries on where the old one stopped, and concurrent turns never corrupt the stack.
/// </summary>
public abstract class DurableDialogTests : IAsyncLifetime
{
    private const string AnswersKey = "answers";

    protected abstract Task<IStorage> ConnectAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ANewHostOnTheSameDatabaseCarriesOnWhereTheOldOneStopped()
    {
        var before = new DialogHarness(Questionnaire(), await ConnectAsync());
        await before.Flow()
            .Send("hi").AssertReply("Question 1?")
            .Send("first").AssertReply("Question 2?")
            .StartTestAsync();

        var after = new DialogHarness(Questionnaire(), await ConnectAsync());
        await after.Flow()
            .Send("second").AssertReply("Question 3?")
            .Send("third").AssertReply("Answers: first, second, third")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, after.LastResult.Status);
    }

    [Fact]
    public async Task TwoMessagesArrivingTogetherAreBothAnsweredInOrderOfArrivalAtTheStack()
    {
        var harness = new DialogHarness(Questionnaire(), await ConnectAsync());
        await harness.Flow().Send("hi").AssertReply("Question 1?").StartTestAsync();

        await Task.WhenAll(Task.Run(() => harness.Adapter.SendTextToBotAsync("x", harness.BotAsync)), Task.Run(() => harness.Adapter.SendTextToBotAsync("y", harness.BotAsync)));
        await harness.Flow().Send("z").StartTestAsync();

        var replies = new List<string?>();
        while (harness.Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply.Text);
        }

        Assert.Equal("Question 2?", replies[0]);
        Assert.Equal("Question 3?", replies[1]);
        Assert.True(replies[2] is "Answers: x, y, z" or "Answers: y, x, z", $"unexpected final reply {replies[2]}");
        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult.Status);
    }

    private static ComponentDialog Questionnaire() => new ComponentDialog("questionnaire")
        .AddDialog(new WaterfallDialog("steps",
        [
            (step, ct) => Ask(step, 1, ct),
            (step, ct) => Ask(step, 2, ct),
            (step, ct) => Ask(step, 3, ct),
            async (step, ct) =>
            {
                var answers = Record(step);
                await step.Context.SendActivityAsync($"Answers: {string.Join(", ", answers)}", cancellationToken: ct);
                return await step.EndDialogAsync(answers, ct);
            },
        ]))
        .AddDialog(new TextPrompt());

    private static Task<DialogTurnResult> Ask(WaterfallStepContext step, int number, CancellationToken ct)
    {
        Record(step);
        return step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text($"Question {number}?") }, ct);
    }

    private static List<string> Record(WaterfallStepContext step)
    {
        var answers = step.Values.GetOrAdd(AnswersKey, () => new List<string>());
        if (step.Result is string answer)
        {
            answers.Add(answer);
        }

        return answers;
    }
}

public sealed class SqliteDurableDialogTests : DurableDialogTests
{
    private readonly SqliteStorageClients _clients = new("botservice-dialogs-");

    protected override Task<IStorage> ConnectAsync() => Task.FromResult<IStorage>(_clients.Connect());

    public override Task DisposeAsync()
    {
        _clients.Dispose();
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "Postgres";
}

[Collection(PostgresCollection.Name)]
public sealed class PostgresDurableDialogTests(PostgresServerFixture postgres) : DurableDialogTests
{
    private readonly List<PostgresStorage> _clients = [];
    private string? _database;

    public override async Task InitializeAsync()
    {
        // A database per test: both tests use the same conversation id.
        _database = await postgres.Server.CreateDatabaseAsync($"durable_{Guid.NewGuid():N}");
    }

    protected override Task<IStorage> ConnectAsync()
    {
        var client = new PostgresStorage(_database!);
        _clients.Add(client);
        return Task.FromResult<IStorage>(client);
    }

    public override async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            await client.DisposeAsync();
        }
    }
}
