namespace Kit.Text;

/// <summary>A half-open range [Start, End) of UTF-16 code units in a document's original text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int index) => index >= Start && index < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public string Of(string text) => text.Substring(Start, Length);

    public override string ToString() => $"{Start}..{End}";
}
