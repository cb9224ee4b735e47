using System.Globalization;
using Kit.Actors;
using Kit.Charts;

namespace Kit.Cooccurrence;

/// <summary>A co-occurrence count drawn through the kit's figure model: a heatmap and a network of the most mentioned actors.</summary>
public static class CooccurrenceCharts
{
    /// <summary>One colour per actor type, so a network shows at a glance who is a person, a country, a city.</summary>
    public static IReadOnlyDictionary<string, string> TypeColors { get; } = new Dictionary<string, string>
    {
        [ActorType.Person] = "#1f77b4",
        [ActorType.Country] = "#d62728",
        [ActorType.City] = "#ff7f0e",
        [ActorType.Organization] = "#2ca02c",
        [ActorType.Media] = "#9467bd",
        [ActorType.Group] = "#8c564b",
    };

    public static Figure Heatmap(CooccurrenceGraph graph, int top, Measure value)
    {
        if (top < 1) throw new ArgumentOutOfRangeException(nameof(top), top, "Show at least one actor.");
        var nodes = graph.Nodes.Take(top).ToList();
        var values = nodes.Select(row => (IReadOnlyList<double?>)nodes.Select(column => Cell(graph, row, column, value)).ToList()).ToList();
        var names = nodes.Select(n => n.Name).ToList();
        string title = $"Actors in the same {graph.Window.Name()}: {(value == Measure.Count ? $"windows in common (of {graph.Windows})" : value.Name())}";
        return Chart.Heatmap(title, names, names, values, value == Measure.Count ? "%{z}" : "%{z:.2f}");
    }

    public static Figure Network(CooccurrenceGraph graph, int top, int minCount)
    {
        if (top < 1) throw new ArgumentOutOfRangeException(nameof(top), top, "Show at least one actor.");
        // Nodes in the graph's order (most mentioned first): the layout starts from this order, so it is part of the picture.
        var nodes = graph.Nodes.Take(top).ToList();
        var shown = nodes.Select(n => n.Actor).ToHashSet(StringComparer.Ordinal);
        var edges = graph.Edges.Where(e => e.Count >= minCount && shown.Contains(e.A.Actor) && shown.Contains(e.B.Actor))
            .OrderBy(e => e.A.Actor, StringComparer.Ordinal).ThenBy(e => e.B.Actor, StringComparer.Ordinal)
            .Select(e => new NetworkEdge(e.A.Actor, e.B.Actor, e.Count,
                Hover: string.Create(CultureInfo.InvariantCulture, $"{e.A.Name} — {e.B.Name} · {e.Count} {graph.Window.Name()}{(e.Count == 1 ? "" : "s")} · PMI {e.Pmi:0.00}")))
            .ToList();
        string window = graph.Window.Name();
        return Chart.Network(
            $"Who is mentioned with whom ({window} windows; line width: {window}s in common)",
            nodes.Select(n => new NetworkNode(n.Actor, n.Name, n.Mentions,
                Hover: $"{n.Name} · {n.Mentions} mentions · {n.Windows} {window}s", Color: TypeColors.GetValueOrDefault(n.Type))).ToList(),
            edges);
    }

    private static double? Cell(CooccurrenceGraph graph, ActorNode row, ActorNode column, Measure value)
    {
        if (row == column) return null; // no self-pairs
        var edge = graph.Edge(row.Actor, column.Actor);
        if (edge is null) return value == Measure.Count ? 0 : null; // PMI of a pair never seen is −∞: leave the cell blank
        return edge.Value(value);
    }
}
