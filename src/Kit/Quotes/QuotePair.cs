using Kit.Text;

namespace Kit.Quotes;

/// <summary>
/// Two quotation marks that belong together: Open and Close are the offsets of the marks themselves; Depth is 0 for
/// a quote in running text and 1 for a quote inside a quote ("… تنظيم "الدولة الإسلامية" …").
/// </summary>
public sealed record QuotePair(int Open, int Close, char OpenMark, char CloseMark, int Depth)
{
    /// <summary>Everything between the marks.</summary>
    public TextSpan Inner => new(Open + 1, Close);

    /// <summary>The marks and what is between them.</summary>
    public TextSpan Outer => new(Open, Close + 1);

    /// <summary>The text between the marks without the spaces just inside them (” أعلم …” starts at أعلم).</summary>
    public TextSpan Trimmed(string text)
    {
        int start = Open + 1, end = Close;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return new TextSpan(start, end);
    }

    public bool Contains(int offset) => offset > Open && offset < Close;

    public override string ToString() => $"{OpenMark}{Open}..{Close}{CloseMark} depth {Depth}";
}
