using System.Collections;
using Kit.Actors;

namespace Kit.Quotes;

/// <summary>
/// The mentions of a document that lie inside a span, by offsets: a quote's view of the mentions found once per
/// document. Equal when the mentions are, so two extractions of the same quote stay equal records.
/// </summary>
internal sealed class MentionSpan : IReadOnlyList<Mention>
{
    private static readonly MentionSpan None = new([]);

    private readonly Mention[] _mentions;

    private MentionSpan(Mention[] mentions) => _mentions = mentions;

    /// <summary>The mentions that start and end within [start, end), from mentions in order of their starts: a binary search, then the span.</summary>
    public static IReadOnlyList<Mention> Inside(ReadOnlySpan<Mention> byStart, int start, int end)
    {
        int lo = 0, hi = byStart.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (byStart[mid].Start < start) lo = mid + 1;
            else hi = mid;
        }
        int count = 0;
        for (int i = lo; i < byStart.Length && byStart[i].Start < end; i++)
            if (byStart[i].End <= end) count++;
        if (count == 0) return None;
        var inside = new Mention[count]; // counted first: one array of the right size
        for (int i = lo, k = 0; k < count; i++)
            if (byStart[i].End <= end) inside[k++] = byStart[i];
        return new MentionSpan(inside);
    }

    public int Count => _mentions.Length;

    public Mention this[int index] => _mentions[index];

    public IEnumerator<Mention> GetEnumerator() => ((IEnumerable<Mention>)_mentions).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override bool Equals(object? obj) => obj is MentionSpan other && _mentions.AsSpan().SequenceEqual(other._mentions);

    public override int GetHashCode() => _mentions.Length == 0 ? 0 : HashCode.Combine(_mentions.Length, _mentions[0]);
}
