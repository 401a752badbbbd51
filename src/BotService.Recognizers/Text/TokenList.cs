namespace BotService.Recognizers.Text;

/// <summary>
/// The query split once into tokens; every scanner walks this list instead of running its own patterns, so the
/// work per query is linear and nothing can backtrack.
/// </summary>
internal sealed class TokenList
{
    private readonly Token[] _tokens;

    private TokenList(string original, string lower, Token[] tokens)
    {
        Original = original;
        Lower = lower;
        _tokens = tokens;
    }

    public string Original { get; }

    public string Lower { get; }

    public int Count => _tokens.Length;

    /// <summary>Numbers already read at each token: several scanners ask about the same token.</summary>
    internal Numbers.NumberMatch?[]? NumberCache { get; set; }

    internal bool[]? NumberCacheFilled { get; set; }

    public Token this[int index] => _tokens[index];

    public static TokenList Create(string query)
    {
        var lower = query.ToLowerInvariant();
        return new TokenList(query, lower, Tokenizer.Split(lower));
    }

    public bool Has(int index) => (uint)index < (uint)_tokens.Length;

    public bool Is(int index, string text) => Has(index) && _tokens[index].Is(text);

    public bool IsAny(int index, params ReadOnlySpan<string> texts)
    {
        if (!Has(index))
        {
            return false;
        }

        foreach (var text in texts)
        {
            if (_tokens[index].Is(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when token <paramref name="index"/> directly follows the previous token with no space ("3h").</summary>
    public bool IsGlued(int index) => index > 0 && Has(index) && _tokens[index - 1].End == _tokens[index].Start;

    public string LowerText(int first, int last) => Lower[_tokens[first].Start.._tokens[last].End];

    public string OriginalText(int first, int last) => Original[_tokens[first].Start.._tokens[last].End];

    public int StartOf(int first) => _tokens[first].Start;

    public int EndOf(int last) => _tokens[last].End - 1;
}
