using System.Text.Json;
using BotService.Protocol.Schema;

namespace BotService.Teams.Cards;

/// <summary>
/// How a dialog marks a question whose suggested actions may be chosen together (multi-select): an entity
/// <c>{"type":"choiceQuestion","multiSelect":true,"submitTitle":"Send"}</c> on the question message. Channels that
/// do not understand it ignore it (SPEC-ACT A2014); on msteams the question becomes an Adaptive Card with an
/// <c>Input.ChoiceSet isMultiSelect</c> and the entity is removed before sending.
/// </summary>
public static class ChoiceQuestion
{
    public const string EntityType = "choiceQuestion";

    /// <summary>Marks <paramref name="activity"/> as a multi-select question; returns it for chaining.</summary>
    public static Activity MarkMultiSelect(this Activity activity, string? submitTitle = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Entities ??= [];
        activity.Entities.Add(Entity.From(EntityType, new Marker(true, submitTitle)));
        return activity;
    }

    public static bool IsMultiSelect(Activity activity) => Read(activity)?.MultiSelect == true;

    public static string? SubmitTitle(Activity activity) => Read(activity)?.SubmitTitle;

    /// <summary>Removes the marker, so that it does not travel to the channel. Assigns a new list, because an
    /// outgoing activity is a shallow copy that shares its lists with the dialog's original.</summary>
    public static void RemoveMarker(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Entities is null)
        {
            return;
        }

        var kept = activity.Entities.Where(e => !string.Equals(e.Type, EntityType, StringComparison.OrdinalIgnoreCase)).ToList();
        activity.Entities = kept.Count == 0 ? null : kept;
    }

    private static Marker? Read(Activity activity)
    {
        var entity = activity.EntitiesOfType(EntityType).FirstOrDefault();
        try
        {
            return entity?.GetAs<Marker>();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Marker(bool MultiSelect, string? SubmitTitle);
}
