using Kit.Tokenization;

namespace Kit.Layers;

/// <summary>
/// One word of a document, from the single word-breaking pass: where it is in the normalized text (NormStart, NormEnd)
/// and in the original (Start, End), its kind and its sentence.
/// </summary>
public readonly record struct WordSpan(int NormStart, int NormEnd, int Start, int End, WordKind Kind, int Sentence)
{
    public int NormLength => NormEnd - NormStart;
}
