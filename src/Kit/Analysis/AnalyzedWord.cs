using Kit.Text;
using Kit.Tokenization;

namespace Kit.Analysis;

/// <summary>
/// A word as the ArabicTermAnalyzer (the "clitics" analyzer profile) sees it, with every decision visible: the word as written and its span, its normalized form,
/// the clitics taken off, the base that remains (and its span), its light stem, and whether it is a stopword.
/// </summary>
public sealed record AnalyzedWord(
    string Surface,
    int Start,
    int End,
    WordKind Kind,
    string Normalized,
    IReadOnlyList<string> Proclitics,
    string Base,
    int BaseStart,
    int BaseEnd,
    string? Enclitic,
    string Stem,
    bool IsStopword,
    bool IsProtected)
{
    public TextSpan Span => new(Start, End);

    /// <summary>The part of the original text the base came from (without the proclitics).</summary>
    public TextSpan BaseSpan => new(BaseStart, BaseEnd);

    public bool HasClitics => Proclitics.Count > 0 || Enclitic is not null;

    /// <summary>"و+ب+ال+رئيس+ه": the segmentation written out.</summary>
    public string Segmentation => string.Join("+", Proclitics.Append(Base).Concat(Enclitic is null ? [] : [Enclitic]));

    public override string ToString() => $"{Start} {End} {Surface} → {Segmentation}";
}
