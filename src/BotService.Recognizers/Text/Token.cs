namespace BotService.Recognizers.Text;

internal enum TokenKind
{
    Word,
    Number,
    Symbol,
}

/// <summary>A run of letters, of digits (with inner '.' or thousands ','), or one symbol. End is exclusive.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, string Text)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool IsNumber => Kind == TokenKind.Number;

    public bool Is(string text) => string.Equals(Text, text, StringComparison.Ordinal);
}
