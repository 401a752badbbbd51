using System.Text.Json;
using BotService.Protocol.Schema;

namespace BotService.DialogEngine.Tests;

/// <summary>
/// A component's inner stack is read typed in the same pass as its parent, and everything else in a dialog's state
/// bag comes back exactly as it was stored.
/// </summary>
public class InstanceStateJsonTests
{
    private const string NestedStacks =
        """{"dialogStack":[{"id":"Main","state":{"dialogs":{"dialogStack":[{"id":"Inner","state":{"dialogs":{"dialogStack":[{"id":"ask","state":{"options":{"prompt":{"type":"message","text":"Where?"}},"state":{"attemptCount":1}}}]}}},{"id":"Main.steps","state":{"values":{"start":"Triage"},"stepIndex":0}}]}}}]}""";

    [Fact]
    public void NestedComponentStacksAreReadAsDialogStatesAndOtherValuesStayRawJson()
    {
        var state = JsonSerializer.Deserialize<DialogState>(NestedStacks, BotJson.Options)!;

        var inner = Assert.IsType<DialogState>(state.DialogStack[0].State[ComponentDialog.PersistedDialogState]);
        var innermost = Assert.IsType<DialogState>(inner.DialogStack[0].State[ComponentDialog.PersistedDialogState]);
        Assert.IsType<JsonElement>(innermost.DialogStack[0].State["options"]);
        Assert.IsType<JsonElement>(inner.DialogStack[1].State["values"]);
    }

    [Fact]
    public void NestedStacksAreWrittenBackByteForByte()
    {
        var state = JsonSerializer.Deserialize<DialogState>(NestedStacks, BotJson.Options)!;

        Assert.Equal(NestedStacks, JsonSerializer.Serialize(state, BotJson.Options));
    }

    [Fact]
    public void ADialogsValueThatIsNotExactlyAStackIsKeptAsStored()
    {
        const string json = """{"dialogStack":[{"id":"custom","state":{"dialogs":{"dialogStack":[],"mine":true}}}]}""";

        var state = JsonSerializer.Deserialize<DialogState>(json, BotJson.Options)!;

        Assert.IsType<JsonElement>(state.DialogStack[0].State[ComponentDialog.PersistedDialogState]);
        Assert.Equal(json, JsonSerializer.Serialize(state, BotJson.Options));
    }

    [Fact]
    public void AStackReadTypedCanStillBeAskedForAsAnotherShape()
    {
        var state = JsonSerializer.Deserialize<DialogState>(NestedStacks, BotJson.Options)!;
        var value = state.DialogStack[0].State[ComponentDialog.PersistedDialogState];

        Assert.True(StateValues.TryConvert<Dictionary<string, JsonElement>>(value, out var asDictionary));
        Assert.Equal(2, asDictionary["dialogStack"].GetArrayLength());
    }

    [Fact]
    public void AStateBagThatIsNotAnObjectIsAJsonError()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<DialogState>("""{"dialogStack":[{"id":"x","state":[1]}]}""", BotJson.Options));
    }
}
