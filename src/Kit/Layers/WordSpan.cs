using Kit.Tokenization;

namespace Kit.Layers;

/// <summary>
/// One word of a document, from the single word-breaking pass: where it is in the normalized text (NormStart, NormEnd)
/// and in the original (Start, End), its kind and its sentence. Form is the id of its normalized form in the process's
/// vocabulary (-1: not kept), so later stages can look up what they decided about the form without hashing it again.
/// </summary>
public readonly record struct WordSpan(int NormStart, int NormEnd, int Start, int End, WordKind Kind, int Sentence)
{
    public int NormLength => NormEnd - NormStart;

    /// <summary>The vocabulary id of the normalized form (-1: none).</summary>
    public int Form { get; init; } = -1;
}
