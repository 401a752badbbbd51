namespace BotService.Recognizers;

/// <summary>One recognized entity, shaped like Microsoft.Recognizers.Text's ModelResult.</summary>
/// <param name="Text">The matched text (lower-cased for numbers and date-times, original case for booleans).</param>
/// <param name="Start">Index of the first character in the query.</param>
/// <param name="End">Index of the last character (inclusive, as upstream).</param>
/// <param name="TypeName">For example <c>number</c>, <c>datetimeV2.duration</c>, <c>boolean</c>.</param>
/// <param name="Resolution">String values as upstream (numbers as strings); date-times hold a <c>values</c> list of maps.</param>
public sealed record ModelResult(string Text, int Start, int End, string TypeName, IReadOnlyDictionary<string, object?> Resolution);

/// <summary>A recognized entity with a typed resolution (the choice recognizer's shape).</summary>
public sealed record ModelResult<T>(string Text, int Start, int End, string TypeName, T Resolution);
