using Kit.Display;

namespace Kit.Cooccurrence;

/// <summary>Some edges in a chosen order; displays as a table with every measure.</summary>
[TypeFormatterSource(typeof(CooccurrenceFormatters))]
/// <remarks>With a focus actor (the edges of one actor) the table shows the partner of that actor instead of both ends.</remarks>
public sealed class EdgeList(IReadOnlyList<CooccurrenceEdge> edges, Measure sortedBy, string caption, string? focus = null) : IReadOnlyList<CooccurrenceEdge>
{
    public Measure SortedBy { get; } = sortedBy;

    public string Caption { get; } = caption;

    public int Count => edges.Count;

    public CooccurrenceEdge this[int index] => edges[index];

    public HtmlTable ToTable()
    {
        (string, Func<CooccurrenceEdge, object?>)[] measures =
            [("count", e => e.Count), ("PMI", e => e.Pmi), ("NPMI", e => e.Npmi), ("Dice", e => e.Dice), ("Jaccard", e => e.Jaccard)];
        (string, Func<CooccurrenceEdge, object?>)[] ends = focus is null
            ? [("actor", e => e.A.Name), ("with", e => e.B.Name)]
            : [("partner", e => e.Other(focus).Name), ("type", e => e.Other(focus).Type)];
        return HtmlTable.Of(edges, [.. ends, .. measures]).WithCaption(Caption);
    }

    public IEnumerator<CooccurrenceEdge> GetEnumerator() => edges.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => ToTable().ToString();
}
