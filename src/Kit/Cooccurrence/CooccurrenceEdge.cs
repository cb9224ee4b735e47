namespace Kit.Cooccurrence;

/// <summary>
/// Two actors and the windows that mention both: Count is how many (each window once), the measures say how much more
/// often than chance (see AssociationMeasures), Evidence lists the windows themselves (the first
/// CooccurrenceOptions.MaxEvidence of them, or the first EvidenceText), Places where those first MaxEvidence windows are.
/// </summary>
public sealed record CooccurrenceEdge(
    ActorNode A,
    ActorNode B,
    int Count,
    double Pmi,
    double Npmi,
    double Dice,
    double Jaccard,
    IReadOnlyList<Evidence> Evidence)
{
    /// <summary>Where the first MaxEvidence windows are, in corpus order (Evidence keeps the text of the first EvidenceText).</summary>
    public IReadOnlyList<WindowPlace> Places { get; init; } = Evidence.Select(e => new WindowPlace(e.Document, e.Start, e.End)).ToList();

    public double Value(Measure measure) => measure switch
    {
        Measure.Count => Count,
        Measure.Pmi => Pmi,
        Measure.Npmi => Npmi,
        Measure.Dice => Dice,
        Measure.Jaccard => Jaccard,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    /// <summary>Whether the edge joins these two actors, in either order.</summary>
    public bool Joins(string a, string b) => A.Actor == a && B.Actor == b || A.Actor == b && B.Actor == a;

    /// <summary>The actor at the other end.</summary>
    public ActorNode Other(string actor) => A.Actor == actor ? B : B.Actor == actor ? A
        : throw new ArgumentException($"{actor} is not an end of {this}.", nameof(actor));

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{A.Name} — {B.Name}: {Count} windows, PMI {Pmi:0.###}, NPMI {Npmi:0.###}, Dice {Dice:0.###}, Jaccard {Jaccard:0.###}");
}
