using Kit.Actors;

namespace Kit.Quotes;

/// <summary>
/// "Who is quoted on whom", counted as quotes come, one document at a time, then Finish(): for each quote of a named
/// speaker, the actors that the mentions inside its span name (by name, the speaker left out), each pair once per quote.
/// The mentions are those the document's analysis found (<see cref="Quote.Mentions"/>), not found again in the quote.
/// </summary>
public sealed class QuotedOnTally(MentionFinder? finder = null)
{
    private readonly Dictionary<(string Speaker, string About), List<Quote>> _pairs = [];

    /// <summary>Counts the quotes of one document (or of several, in order).</summary>
    public void Add(IEnumerable<Quote> quotes)
    {
        var about = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in quotes)
        {
            if (q.Actor is not { } speaker) continue;
            about.Clear();
            foreach (var m in MentionsOf(q))
            {
                if (m.Kind != MentionKind.Name || m.Actor == speaker || !about.Add(m.Actor)) continue;
                if (!_pairs.TryGetValue((speaker, m.Actor), out var evidence)) _pairs[(speaker, m.Actor)] = evidence = [];
                evidence.Add(q);
            }
        }
    }

    // A quote made by hand (no document analysis behind it) has only its own text to search.
    private IReadOnlyList<Mention> MentionsOf(Quote q) => q.Mentions ?? (finder ?? MentionFinder.Default).Find(q.Document, q.Text);

    /// <summary>The pairs, most quotes first (ties by speaker, then by the actor named: the same quotes give the same order).</summary>
    public IReadOnlyList<QuotedOn> Finish(Gazetteer gazetteer) =>
        _pairs.Select(p => new QuotedOn(p.Key.Speaker, gazetteer.NameOf(p.Key.Speaker), p.Key.About, gazetteer.NameOf(p.Key.About), p.Value))
            .OrderByDescending(o => o.Count).ThenBy(o => o.Speaker, StringComparer.Ordinal).ThenBy(o => o.About, StringComparer.Ordinal).ToList();
}
