namespace Kit.Quotes;

/// <summary>
/// Quotes counted as documents come, one document at a time, then Finish(): per kind, per speaking actor, unnamed
/// sources and quotes without a speaker. What QuoteCounts and the report's quote section both show, counted in one place.
/// </summary>
public sealed class QuoteTally
{
    private readonly Dictionary<string, Speaker> _speakers = new(StringComparer.Ordinal);

    // How many documents were added: a speaker stamped with the current one was counted in it already (no set per document).
    private int _documents;

    public int Total { get; private set; }

    public int Direct { get; private set; }

    public int Indirect { get; private set; }

    public int Mixed { get; private set; }

    /// <summary>Quotes with a speaker but no actor: experts, officials, sources the text does not name.</summary>
    public int UnnamedSources { get; private set; }

    /// <summary>Quotes whose speaker no rule found.</summary>
    public int WithoutSpeaker { get; private set; }

    /// <summary>Counts the quotes of one document.</summary>
    public void Add(IEnumerable<Quote> documentQuotes)
    {
        int document = ++_documents;
        foreach (var q in documentQuotes)
        {
            Total++;
            if (q.Kind == QuoteKind.Direct) Direct++;
            else if (q.Kind == QuoteKind.Indirect) Indirect++;
            else if (q.Kind == QuoteKind.Mixed) Mixed++;
            if (q.Speaker is null) WithoutSpeaker++;
            else if (q.Actor is null) UnnamedSources++;
            if (q.Actor is not { } actor) continue;
            if (!_speakers.TryGetValue(actor, out var s)) _speakers[actor] = s = new Speaker();
            s.Quotes++;
            if (q.Kind == QuoteKind.Direct) s.Direct++;
            else if (q.Kind == QuoteKind.Indirect) s.Indirect++;
            else if (q.Kind == QuoteKind.Mixed) s.Mixed++;
            if (s.LastDocument != document)
            {
                s.LastDocument = document;
                s.Documents++;
            }
        }
    }

    /// <summary>The speaking actors, most quoted first (ties by id: the same quotes always give the same chart).</summary>
    public IReadOnlyList<SpeakerCount> Finish(Actors.Gazetteer gazetteer) =>
        _speakers.Select(p => new SpeakerCount(p.Key, gazetteer.NameOf(p.Key), gazetteer.EnglishOf(p.Key),
                p.Value.Quotes, p.Value.Direct, p.Value.Indirect, p.Value.Mixed, p.Value.Documents))
            .OrderByDescending(c => c.Quotes).ThenBy(c => c.Actor, StringComparer.Ordinal).ToList();

    private sealed class Speaker
    {
        public int Quotes { get; set; }

        public int Direct { get; set; }

        public int Indirect { get; set; }

        public int Mixed { get; set; }

        public int Documents { get; set; }

        /// <summary>The number of the document this speaker was last counted in (0: none yet).</summary>
        public int LastDocument { get; set; }
    }
}
