using System.Collections;

namespace Kit.Quotes;

/// <summary>
/// The quotes of one document found so far, in the order found, with the furthest end reached by each prefix of them:
/// a check for overlap looks back from the latest quote only as far as an earlier one could reach (a scan of every
/// quote per verb was quadratic in a long article).
/// </summary>
internal sealed class FoundQuotes : IReadOnlyList<Quote>
{
    private readonly List<Quote> _quotes = [];
    private readonly List<int> _furthestEnd = []; // _furthestEnd[i]: the largest End of _quotes[0..i]

    public int Count => _quotes.Count;

    public Quote this[int index] => _quotes[index];

    public void Add(Quote quote)
    {
        _furthestEnd.Add(Math.Max(quote.End, _furthestEnd.Count > 0 ? _furthestEnd[^1] : -1));
        _quotes.Add(quote);
    }

    /// <summary>Whether [start, end) overlaps a quote found so far.</summary>
    public bool Overlaps(int start, int end)
    {
        for (int i = _quotes.Count - 1; i >= 0 && _furthestEnd[i] > start; i--)
            if (_quotes[i].Start < end && start < _quotes[i].End) return true;
        return false;
    }

    public IReadOnlyList<Quote> ToList() => _quotes.ToList();

    public IEnumerator<Quote> GetEnumerator() => _quotes.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
