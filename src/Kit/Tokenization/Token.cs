using Kit.Text;

namespace Kit.Tokenization;

/// <summary>A token as written, with its UTF-16 span in the original text.</summary>
public sealed record Token(string Text, int Start, int End, WordKind Kind)
{
    public TextSpan Span => new(Start, End);

    public override string ToString() => $"{Start} {End} {Text}";
}
