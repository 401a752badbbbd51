namespace BotService.Triage.Extraction;

/// <summary>One clause of a message: the unit for negation scope, hypotheticals and locations.</summary>
/// <param name="Text">Normalised clause text.</param>
/// <param name="Index">Position in the message.</param>
/// <param name="IsHypothetical">A worry, a question about illness in general, or something read online.</param>
/// <param name="IsOtherPersonHistory">About someone else's past ("my dad had a stroke years ago").</param>
/// <param name="InheritsNegation">A short list continuing a negation ("no weakness, numbness or pain").</param>
/// <param name="IsYearsBack">The person's own past, years back and not since ("I had a concussion in 2015").</param>
internal sealed record Clause(string Text, int Index, bool IsHypothetical, bool IsOtherPersonHistory, bool InheritsNegation, bool IsYearsBack = false);
