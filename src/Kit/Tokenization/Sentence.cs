using Kit.Text;

namespace Kit.Tokenization;

/// <summary>A sentence: its index in the document and its span in the original text.</summary>
public sealed record Sentence
{
    // The document's text, when this sentence's text is cut from it on first read (SentenceSplitter): most sentences
    // of a report are only located, never read, and a copy of every sentence was a second copy of every document.
    private readonly string? _source;
    private string? _text;

    public Sentence(int Index, int Start, int End, string Text)
    {
        this.Index = Index;
        this.Start = Start;
        this.End = End;
        _text = Text;
    }

    /// <summary>The sentence at source[start..end], its text made from source when first read.</summary>
    internal static Sentence Within(string source, int index, int start, int end) => new(source, index, start, end);

    private Sentence(string source, int index, int start, int end)
    {
        (Index, Start, End) = (index, start, end);
        _source = source;
    }

    // A copy (a with-expression) keeps the text of the sentence it copies, as a sentence made with its text does.
    private Sentence(Sentence original)
    {
        (Index, Start, End) = (original.Index, original.Start, original.End);
        _text = original.Text;
    }

    public int Index { get; init; }

    public int Start { get; init; }

    public int End { get; init; }

    public string Text
    {
        get => _text ??= _source![Start..End];
        init => _text = value;
    }

    public TextSpan Span => new(Start, End);

    public void Deconstruct(out int Index, out int Start, out int End, out string Text) => (Index, Start, End, Text) = (this.Index, this.Start, this.End, this.Text);

    public bool Equals(Sentence? other) =>
        other is not null && Index == other.Index && Start == other.Start && End == other.End && Text == other.Text;

    public override int GetHashCode() => HashCode.Combine(Index, Start, End, Text);

    public override string ToString() => Text;
}
