using System.Collections;

namespace Kit.Quotes;

/// <summary>
/// The quotes found so far in one document, with the stretches of text they cover merged into disjoint spans in order,
/// so "does a quote already cover this?" is a binary search, not a scan of every quote (a long article has thousands).
/// </summary>
internal sealed class FoundQuotes : IReadOnlyList<Quote>
{
    private readonly List<Quote> _quotes = [];

    // Disjoint, in order; each is [Start, End) of one or more quotes that overlap or touch.
    private readonly List<(int Start, int End)> _covered = [];

    // Quotes of no character (marks around spaces only): rare, kept apart and scanned.
    private readonly List<int> _empty = [];

    public int Count => _quotes.Count;

    public Quote this[int index] => _quotes[index];

    public void Add(Quote quote)
    {
        _quotes.Add(quote);
        if (quote.End <= quote.Start)
        {
            _empty.Add(quote.Start);
            return;
        }
        Cover(quote.Start, quote.End);
    }

    /// <summary>Puts a longer version of the last quote in its place (a quote found to run on into the next sentence).</summary>
    public void ReplaceLast(Quote longer)
    {
        _quotes[^1] = longer;
        if (longer.End > longer.Start) Cover(longer.Start, longer.End);
    }

    private void Cover(int start, int end)
    {
        int first = FirstEndingAtOrAfter(start);
        int last = first;
        while (last < _covered.Count && _covered[last].Start <= end)
        {
            start = Math.Min(start, _covered[last].Start);
            end = Math.Max(end, _covered[last].End);
            last++;
        }
        _covered.RemoveRange(first, last - first);
        _covered.Insert(first, (start, end));
    }

    /// <summary>Whether a quote found so far overlaps [start, end): one starts before it ends and ends after it starts.</summary>
    public bool Overlap(int start, int end)
    {
        // Loops, not Any with a lambda: nothing allocated per quote.
        foreach (int at in _empty)
            if (start < at && at < end) return true;
        if (end <= start)
        {
            foreach (var q in _quotes)
                if (q.Start < end && start < q.End) return true;
            return false;
        }
        int k = FirstEndingAtOrAfter(start + 1); // the first span ending after start
        return k < _covered.Count && _covered[k].Start < end;
    }

    /// <summary>Whether a quote found so far covers an offset (its first character up to, not including, its end).</summary>
    public bool Covers(int offset)
    {
        int k = FirstEndingAtOrAfter(offset + 1);
        return k < _covered.Count && _covered[k].Start <= offset;
    }

    public IEnumerator<Quote> GetEnumerator() => _quotes.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int FirstEndingAtOrAfter(int offset)
    {
        int lo = 0, hi = _covered.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (_covered[mid].End < offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
