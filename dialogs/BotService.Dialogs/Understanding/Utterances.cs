using System.Text;
using System.Text.RegularExpressions;

namespace BotService.Dialogs.Understanding;

/// <summary>
/// Reads what kind of message a person sent: a command, "not sure", or a question. Findings are the triage
/// extractor's job; this only decides how the conversation treats the message.
/// </summary>
public static partial class Utterances
{
    public static Command CommandIn(string? text)
    {
        var t = Normalize(text);
        return t switch
        {
            _ when Help().IsMatch(t) => Command.Help,
            _ when Back().IsMatch(t) => Command.Back,
            _ when StartOver().IsMatch(t) => Command.StartOver,
            _ when Cancel().IsMatch(t) => Command.Cancel,
            _ when DeleteData().IsMatch(t) => Command.DeleteMyData,
            _ when Feedback().IsMatch(t) => Command.Feedback,
            _ => Command.None,
        };
    }

    public static bool IsNotSure(string? text) => NotSure().IsMatch(Normalize(text));

    /// <summary>A plain "no" or "none": nothing of the kind asked about.</summary>
    public static bool IsNone(string? text) => NoneWords().IsMatch(Normalize(text));

    /// <summary>"yes", "yeah", "yes i do": a yes without saying which.</summary>
    public static bool IsYes(string? text) => YesWords().IsMatch(Normalize(text));

    /// <summary>"why do you ask?", "what do you mean?", "i dont understand": about the bot's own question.</summary>
    public static bool AsksWhyOrWhatItMeans(string? text) => WhyOrWhatItMeans().IsMatch(Normalize(text));

    /// <summary>
    /// Looks like a question: a question mark, or a question word at the start ("what is an EMG"). Whether it is
    /// answered as a question also depends on whether it answers the pending question (the caller decides).
    /// </summary>
    public static bool IsQuestion(string? text)
    {
        var raw = (text ?? string.Empty).Trim();
        return raw.Contains('?', StringComparison.Ordinal) || QuestionStart().IsMatch(Normalize(raw));
    }

    public static bool Is(string? text, string option) =>
        string.Equals(Normalize(text), Normalize(option), StringComparison.Ordinal);

    /// <summary>
    /// Lower case, apostrophes dropped, every other run of what is not a letter or digit one space, trimmed: "I don't
    /// know!" is "i dont know". A turn normalises its text and each button title several times, so ASCII text, nearly
    /// all of it, takes one pass without regular expressions; what it gives is what the rules below give.
    /// </summary>
    public static string Normalize(string? text)
    {
        var value = text ?? string.Empty;
        return Ascii.IsValid(value) ? NormalizeAscii(value) : NormalizeAny(value);
    }

    private static string NormalizeAny(string text)
    {
        var lower = text.Trim().ToLowerInvariant().Replace("’", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
        return Spaces().Replace(Punctuation().Replace(lower, " "), " ").Trim();
    }

    private static string NormalizeAscii(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var spaceDue = false;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                if (spaceDue && length > 0)
                {
                    buffer[length++] = ' ';
                }

                buffer[length++] = char.ToLowerInvariant(c);
                spaceDue = false;
            }
            else if (c != '\'')
            {
                spaceDue = true;
            }
        }

        return length == text.Length && buffer[..length].SequenceEqual(text) ? text : new string(buffer[..length]);
    }

    [GeneratedRegex(@"^(?:please )?(?:help|help me|help please|what can you do|how does this work|i need help|commands|menu)$")]
    private static partial Regex Help();

    [GeneratedRegex(@"^(?:go )?back(?: please)?$|^previous(?: question)?$|^(?:change|fix) my (?:last )?answer$|^undo$|^go to the previous question$")]
    private static partial Regex Back();

    [GeneratedRegex(@"^(?:start over|start again|restart|reset|begin again|new start|start from scratch|start over please)$")]
    private static partial Regex StartOver();

    [GeneratedRegex(@"^(?:cancel|stop|quit|exit|end|never ?mind|cancel please|stop please)$")]
    private static partial Regex Cancel();

    [GeneratedRegex(@"^(?:please )?(?:(?:can|could|would|will) you (?:please )?|(?:i (?:want|would like)|id like) (?:you )?to )?(?:delete|erase|remove|forget|wipe) (?:all )?(?:of )?(?:my data|my information|my info|my details|everything|what you (?:know|stored|have) about me|me)(?: please)?$")]
    private static partial Regex DeleteData();

    [GeneratedRegex(@"^(?:feedback|give feedback|leave feedback|send feedback|i (?:want|would like) to give feedback|rate|rate this)$")]
    private static partial Regex Feedback();

    [GeneratedRegex(@"^(?:i m |im |i am )?(?:not sure|unsure|no idea|dont know|do not know|idk|dunno|not certain|cant say|skip|pass|i cant remember|cant remember)(?: sorry)?$")]
    private static partial Regex NotSure();

    [GeneratedRegex(@"^(?:no|nope|nah|none|none of these|none of those|nothing|nothing else|neither|not really|no none|no thanks|none of them|none of the above|no i dont|no i do not|no i havent|no i have not|nothing like that|no nothing like that|no none of them|no to all|no to all of them)$")]
    private static partial Regex NoneWords();

    [GeneratedRegex(@"^(?:yes|yeah|yep|yup|yea|ya|y|aye|i do|i have|yes i do|yes i have|yes please|sort of|kind of|kinda|a bit|a little|maybe|possibly|think so|i think so)$")]
    private static partial Regex YesWords();

    [GeneratedRegex(@"^(?:sorry |but |ok |okay |hmm |um |wait )?(?:why (?:do|are|did|would) you (?:ask|asking|need to know|want to know)(?: that| this| me that| me this)?|why does (?:that|it|this) matter|what do you mean(?: by that| by this)?|what (?:do|does) (?:that|this|these|those|it) mean|i (?:dont|do not) (?:understand|get it|get what you mean|know what (?:that|this|you) means?)(?: the question)?|dont understand|not sure what you mean|what|huh|pardon|sorry|explain|can you explain(?: that| this)?)$")]
    private static partial Regex WhyOrWhatItMeans();

    [GeneratedRegex(@"^(?:wait |so |ok |okay |hmm |also |and |but |btw )?(?:what|why|how|which|who|whom|whose|where|when|can|could|should|would|will|is|are|does|do|did|am|was|were|isnt|tell me)\b")]
    private static partial Regex QuestionStart();

    [GeneratedRegex(@"[^\p{L}\p{N} ]+")]
    private static partial Regex Punctuation();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
