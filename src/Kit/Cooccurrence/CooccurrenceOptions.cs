using Kit.Actors;

namespace Kit.Cooccurrence;

/// <summary>
/// The switches of a co-occurrence count. Defaults: sentence windows, every actor type, capitals kept apart from their
/// countries, adjectives left out (الروسي in وزير الخارجية الروسي لافروف says who Lavrov is, not whom he is mentioned
/// with: counting it would link almost every person to their own country), every pair kept.
/// </summary>
public sealed record CooccurrenceOptions(
    Window Window = Window.Sentence,
    IReadOnlyList<string>? Types = null,
    bool FoldCapitals = false,
    bool IncludeAdjectives = false,
    int MinCount = 1,
    int MaxEvidence = CooccurrenceOptions.DefaultMaxEvidence)
{
    /// <summary>
    /// Windows kept as evidence per pair; the count goes on past them. A year of a newspaper would otherwise keep
    /// every sentence in memory (a few hundred windows is more than anyone reads).
    /// </summary>
    public const int DefaultMaxEvidence = 200;

    public static CooccurrenceOptions Default { get; } = new();

    /// <summary>
    /// Of the MaxEvidence windows kept per pair, how many keep their text and mentions (the first ones); the others are
    /// kept only as places (CooccurrenceEdge.Places). A page that shows a few windows per pair needs no more. Null: all.
    /// </summary>
    public int? EvidenceText { get; init; }

    /// <summary>Whether actors of this type take part (all do when Types is null). Capitals are folded before this test.</summary>
    public bool Includes(string type) => Types is null || Types.Contains(type);

    /// <summary>Throws on a type the gazetteer does not know or a minimum count below 1.</summary>
    public CooccurrenceOptions Validated()
    {
        var unknown = Types?.FirstOrDefault(t => !ActorType.All.Contains(t));
        if (unknown is not null)
            throw new ArgumentException($"No actor type '{unknown}'; use one of {string.Join(", ", ActorType.All)}.", nameof(Types));
        if (MinCount < 1) throw new ArgumentOutOfRangeException(nameof(MinCount), MinCount, "A pair needs at least one window: MinCount must be 1 or more.");
        if (MaxEvidence < 0) throw new ArgumentOutOfRangeException(nameof(MaxEvidence), MaxEvidence, "MaxEvidence must be 0 or more.");
        if (EvidenceText < 0) throw new ArgumentOutOfRangeException(nameof(EvidenceText), EvidenceText, "EvidenceText must be 0 or more.");
        return this;
    }

    /// <summary>A few words for a column header: the window and whatever differs from the defaults.</summary>
    public string ShortName =>
        string.Join(", ", new[]
        {
            Window.Name(),
            FoldCapitals ? "capitals folded" : null,
            IncludeAdjectives ? "with adjectives" : null,
            Types is null ? null : string.Join("+", Types),
            MinCount > 1 ? $"pairs seen {MinCount}+ times" : null,
        }.Where(part => part is not null));

    public override string ToString() =>
        $"{Window.ToString().ToLowerInvariant()} windows, types: {(Types is null ? "all" : string.Join(", ", Types))}, " +
        $"capitals {(FoldCapitals ? "folded into their countries" : "kept")}, adjectives {(IncludeAdjectives ? "counted" : "left out")}" +
        (MinCount > 1 ? $", pairs seen in at least {MinCount} windows" : "");
}
