using Kit.Text;

namespace Kit.Tokenization;

/// <summary>A sentence: its index in the document and its span in the original text.</summary>
public sealed record Sentence(int Index, int Start, int End, string Text)
{
    public TextSpan Span => new(Start, End);

    public override string ToString() => Text;
}
