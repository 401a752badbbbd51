namespace BotService.Triage.Extraction;

/// <summary>One clause of a message: the unit for negation scope, hypotheticals and locations.</summary>
/// <param name="Text">Normalised clause text, without the events in it that are over (<see cref="PastEvents"/>).</param>
/// <param name="Index">Position in the message.</param>
/// <param name="IsHypothetical">A worry, a question about illness in general, or something read online.</param>
/// <param name="IsOtherPersonHistory">Wholly over: someone else's past or the person's own years back ("my dad had a stroke years ago").</param>
/// <param name="InheritsNegation">A short list continuing a negation ("no weakness, numbness or pain").</param>
/// <param name="Told">The clause as told, with its events that are over: what a later "another one" may point back to.</param>
internal sealed record Clause(string Text, int Index, bool IsHypothetical, bool IsOtherPersonHistory, bool InheritsNegation, string Told);
