using System.Text.Json.Serialization;

namespace BotService.DialogEngine;

/// <summary>
/// The persisted dialog stack, one conversation-state property (<see cref="DialogStateKeys.DialogState"/>):
/// <c>{"dialogStack":[{"id":"...","state":{...}}]}</c>, the top of the stack at index 0.
/// </summary>
public sealed class DialogState
{
    public DialogState() { }

    public DialogState(List<DialogInstance> dialogStack) => DialogStack = dialogStack;

    public List<DialogInstance> DialogStack { get; set; } = [];
}

/// <summary>One dialog on the stack: its id and its own state bag (which the dialog object itself never holds).</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = string.Empty;

    [JsonConverter(typeof(InstanceStateConverter))]
    public Dictionary<string, object?> State { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>The one name of the dialog-stack property (style.md rule 10).</summary>
public static class DialogStateKeys
{
    public const string DialogState = "DialogState";
}
