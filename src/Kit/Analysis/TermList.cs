using System.Collections;

namespace Kit.Analysis;

/// <summary>
/// A document's terms kept as plain values (text, span, form id): a <see cref="Term"/> object is made only when one is
/// read, so counting the terms of a corpus allocates one array a document, not one object a word.
/// </summary>
internal sealed class TermList(int capacity) : IReadOnlyList<Term>
{
    private readonly TermValue[] _values = new TermValue[capacity];

    public int Count { get; private set; }

    public Term this[int index] => index < Count ? _values[index].ToTerm() : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The terms as values; Form is the vocabulary id of the word the term came from (-1: none).</summary>
    public ReadOnlySpan<TermValue> Values => _values.AsSpan(0, Count);

    public void Add(string text, int start, int end, int form) => _values[Count++] = new TermValue(text, start, end, form);

    public IEnumerator<Term> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return _values[i].ToTerm();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>One term as a value: what <see cref="Term"/> holds, and the form id of its word.</summary>
internal readonly record struct TermValue(string Text, int Start, int End, int Form)
{
    public Term ToTerm() => new(Text, Start, End);
}
