namespace Kit.Actors.Counting;

/// <summary>
/// Mentions counted per actor and per type as documents come, one document at a time, then Finish(): what ActorCounts
/// and the report's actor section both show, counted in one place. Keeps the tallies, not the mentions.
/// </summary>
public sealed class ActorTally(Gazetteer? gazetteer = null, bool includeAdjectives = false)
{
    private readonly Gazetteer _gazetteer = gazetteer ?? Gazetteer.Default;
    private readonly Dictionary<string, Tally> _actors = new(StringComparer.Ordinal);

    /// <summary>Counts the mentions of one document (names only, unless adjectives were asked for).</summary>
    public void Add(IEnumerable<Mention> documentMentions)
    {
        _document++;
        foreach (var m in documentMentions)
        {
            if (!includeAdjectives && m.Kind != MentionKind.Name) continue;
            if (!_actors.TryGetValue(m.Actor, out var tally)) _actors[m.Actor] = tally = new Tally(m.Type);
            tally.Mentions++;
            if (tally.LastDocument == _document) continue;
            tally.Documents++; // the actor's first mention in this document
            tally.LastDocument = _document;
        }
    }

    // Which document is being added: a tally last counted in an earlier one counts a document more (no set per document).
    private int _document;

    /// <summary>Per actor, most mentioned first (ties by id, so the same corpus always gives the same order), and per type.</summary>
    public (IReadOnlyList<ActorCount> ByActor, IReadOnlyList<TypeCount> ByType) Finish()
    {
        var byActor = _actors
            .Select(a => new ActorCount(a.Key, _gazetteer.NameOf(a.Key), _gazetteer.EnglishOf(a.Key), a.Value.Type, a.Value.Mentions, a.Value.Documents))
            .OrderByDescending(c => c.Mentions).ThenBy(c => c.Actor, StringComparer.Ordinal).ToList();
        var byType = ActorType.All
            .Select(t => new TypeCount(t, byActor.Count(c => c.Type == t), byActor.Where(c => c.Type == t).Sum(c => c.Mentions)))
            .Where(t => t.Actors > 0).OrderByDescending(t => t.Mentions).ThenBy(t => t.Type, StringComparer.Ordinal).ToList();
        return (byActor, byType);
    }

    private sealed class Tally(string type)
    {
        public string Type { get; } = type;

        public int Mentions { get; set; }

        public int Documents { get; set; }

        public int LastDocument { get; set; }
    }
}
