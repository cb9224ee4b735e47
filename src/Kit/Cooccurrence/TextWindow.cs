using Kit.Text;

namespace Kit.Cooccurrence;

/// <summary>One window of a document: its kind, its index among the document's windows, its span and text in the original.</summary>
public sealed record TextWindow(string Document, Window Kind, int Index, int Start, int End, string Text)
{
    public TextSpan Span => new(Start, End);

    public bool Contains(int offset) => offset >= Start && offset < End;

    public override string ToString() => $"{Document} {Kind.Name()} {Index} ({Start}-{End})";
}
