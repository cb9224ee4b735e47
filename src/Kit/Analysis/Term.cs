using Kit.Text;

namespace Kit.Analysis;

/// <summary>An analyzed term with the UTF-16 span of the word it came from in the original text.</summary>
public sealed record Term(string Text, int Start, int End)
{
    public TextSpan Span => new(Start, End);

    public override string ToString() => $"{Start} {End} {Text}";
}
