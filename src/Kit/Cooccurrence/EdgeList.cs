using Kit.Display;

namespace Kit.Cooccurrence;

/// <summary>Some edges in a chosen order; displays as a table with every measure.</summary>
[TypeFormatterSource(typeof(KitFormatterSource))]
public sealed class EdgeList(IReadOnlyList<CooccurrenceEdge> edges, Measure sortedBy, string caption) : IReadOnlyList<CooccurrenceEdge>
{
    public Measure SortedBy { get; } = sortedBy;

    public string Caption { get; } = caption;

    public int Count => edges.Count;

    public CooccurrenceEdge this[int index] => edges[index];

    public HtmlTable ToTable() =>
        HtmlTable.Of(edges,
            ("actor", e => e.A.Name), ("with", e => e.B.Name), ("count", e => e.Count),
            ("PMI", e => e.Pmi), ("NPMI", e => e.Npmi), ("Dice", e => e.Dice), ("Jaccard", e => e.Jaccard))
        .WithCaption(Caption);

    public IEnumerator<CooccurrenceEdge> GetEnumerator() => edges.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => ToTable().ToString();
}
