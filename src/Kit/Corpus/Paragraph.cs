using Kit.Text;

namespace Kit.Corpus;

/// <summary>A paragraph (one non-blank line) of a document; Span points into the document's original text.</summary>
public sealed record Paragraph
{
    // The document's text, when this paragraph's text is cut from it on first read (DocumentLayout): a report reads
    // a few headlines, and a copy of every paragraph was a second copy of every document.
    private readonly string? _source;
    private string? _text;

    public Paragraph(int Index, TextSpan Span, string Text, bool IsHeadline = false)
    {
        this.Index = Index;
        this.Span = Span;
        _text = Text;
        this.IsHeadline = IsHeadline;
    }

    /// <summary>The paragraph at span of source, its text made from source when first read.</summary>
    internal static Paragraph Within(string source, int index, TextSpan span, bool isHeadline) => new(source, index, span, isHeadline);

    private Paragraph(string source, int index, TextSpan span, bool isHeadline)
    {
        (Index, Span, IsHeadline) = (index, span, isHeadline);
        _source = source;
    }

    // A copy (a with-expression) keeps the text of the paragraph it copies, as a paragraph made with its text does.
    private Paragraph(Paragraph original)
    {
        (Index, Span, IsHeadline) = (original.Index, original.Span, original.IsHeadline);
        _text = original.Text;
    }

    public int Index { get; init; }

    public TextSpan Span { get; init; }

    public string Text
    {
        get => _text ??= Span.Of(_source!);
        init => _text = value;
    }

    public bool IsHeadline { get; init; }

    public void Deconstruct(out int Index, out TextSpan Span, out string Text, out bool IsHeadline) =>
        (Index, Span, Text, IsHeadline) = (this.Index, this.Span, this.Text, this.IsHeadline);

    public bool Equals(Paragraph? other) =>
        other is not null && Index == other.Index && Span == other.Span && Text == other.Text && IsHeadline == other.IsHeadline;

    public override int GetHashCode() => HashCode.Combine(Index, Span, Text, IsHeadline);
}
