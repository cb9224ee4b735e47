using Kit.Charts;
using Kit.Display;

namespace Kit.Cooccurrence;

/// <summary>
/// The result of a count: actors (nodes, most mentioned first), pairs (edges, ordered by SortedBy) and the evidence behind
/// each edge. Sort and cut it with SortBy and TopEdges; draw it with Heatmap and Network.
/// </summary>
[TypeFormatterSource(typeof(CooccurrenceFormatters))]
public sealed class CooccurrenceGraph
{
    private readonly Dictionary<string, ActorNode> _byActor;
    private readonly Dictionary<(string A, string B), CooccurrenceEdge> _byPair;

    public CooccurrenceGraph(CooccurrenceOptions options, int windows, IEnumerable<ActorNode> nodes, IEnumerable<CooccurrenceEdge> edges,
        IReadOnlyList<FoldedMention>? folded = null, Measure sortedBy = Measure.Count)
    {
        Options = options;
        Windows = windows;
        Nodes = nodes.OrderByDescending(n => n.Mentions).ThenByDescending(n => n.Windows).ThenBy(n => n.Actor, StringComparer.Ordinal).ToList();
        _byActor = Nodes.ToDictionary(n => n.Actor, StringComparer.Ordinal);
        SortedBy = sortedBy;
        Edges = Order(edges, sortedBy);
        _byPair = Edges.ToDictionary(e => Key(e.A.Actor, e.B.Actor));
        Folded = folded ?? [];
    }

    public CooccurrenceOptions Options { get; }

    public Window Window => Options.Window;

    /// <summary>How many windows were counted, with or without actors: the N of the measures.</summary>
    public int Windows { get; }

    public IReadOnlyList<ActorNode> Nodes { get; }

    public IReadOnlyList<CooccurrenceEdge> Edges { get; }

    public Measure SortedBy { get; }

    /// <summary>Every capital mention that was counted as its country (empty unless Options.FoldCapitals).</summary>
    public IReadOnlyList<FoldedMention> Folded { get; }

    /// <summary>The node of an actor id ("sergey-lavrov"), or of an actor's Arabic name as the gazetteer writes it.</summary>
    public ActorNode Node(string actor) => Find(actor)
        ?? throw new KeyNotFoundException($"No actor '{actor}' in this count. The most mentioned: {string.Join(", ", Nodes.Take(8).Select(n => n.Actor))}.");

    public bool Contains(string actor) => Find(actor) is not null;

    /// <summary>The edge between two actors, in either order, or null when no window mentions both.</summary>
    public CooccurrenceEdge? Edge(string a, string b)
    {
        var (na, nb) = (Node(a), Node(b));
        return _byPair.GetValueOrDefault(Key(na.Actor, nb.Actor));
    }

    /// <summary>In how many windows both actors are mentioned (0 when never).</summary>
    public int Count(string a, string b) => Contains(a) && Contains(b) ? Edge(a, b)?.Count ?? 0 : 0;

    /// <summary>The edges of one actor, strongest first by the graph's order.</summary>
    public EdgeList EdgesOf(string actor)
    {
        var node = Node(actor);
        return new EdgeList(Edges.Where(e => e.A == node || e.B == node).ToList(), SortedBy, $"{node.Name}: {Window.Name()} partners by {SortedBy.Name()}", node.Actor);
    }

    /// <summary>The same graph with its edges ordered by a measure, highest first (ties: more windows first, then by name).</summary>
    public CooccurrenceGraph SortBy(Measure measure) => new(Options, Windows, Nodes, Edges, Folded, measure);

    public CooccurrenceGraph SortBy(string measure) => SortBy(Measures.Parse(measure));

    /// <summary>The n strongest edges by a measure, leaving out pairs seen in fewer than minCount windows (PMI favours rare pairs).</summary>
    public EdgeList TopEdges(int n = 10, Measure by = Measure.Count, int minCount = 1) =>
        new(Order(Edges.Where(e => e.Count >= minCount), by).Take(n).ToList(), by,
            $"top {n} pairs by {by.Name()} ({Window.Name()} windows{(minCount > 1 ? $", seen at least {minCount} times" : "")})");

    public EdgeList TopEdges(int n, string by, int minCount = 1) => TopEdges(n, Measures.Parse(by), minCount);

    /// <summary>The windows behind the edge between two actors, in corpus order (empty when they never meet); at most max of them.</summary>
    public EvidenceList Evidence(string a, string b, int max = int.MaxValue)
    {
        var (na, nb) = (Node(a), Node(b));
        var edge = Edge(a, b);
        var kept = edge?.Evidence ?? [];
        return new EvidenceList(na, nb, Window, kept.Take(max).ToList(), edge?.Count ?? 0);
    }

    /// <summary>Actors × actors for the most mentioned actors, the measure written in each cell (blank: never together, or the diagonal).</summary>
    public Figure Heatmap(int top = 10, Measure value = Measure.Count) => CooccurrenceCharts.Heatmap(this, top, value);

    /// <summary>The most mentioned actors as a network: nodes sized by mentions, lines as wide as their count; same input, same picture.</summary>
    public Figure Network(int top = 20, int minCount = 1) => CooccurrenceCharts.Network(this, top, minCount);

    /// <summary>The nodes as a table.</summary>
    public HtmlTable NodeTable() =>
        HtmlTable.Of(Nodes, ("actor", n => n.Name), ("id", n => n.Actor), ("type", n => n.Type), ("mentions", n => n.Mentions), ($"{Window.Name()}s", n => n.Windows))
            .WithCaption($"{Nodes.Count} actors in {Windows} {Window.Name()} windows");

    /// <summary>How many mentions each capital gave to its country when capitals are folded.</summary>
    public HtmlTable FoldingTable() =>
        HtmlTable.Of(Folded.GroupBy(f => (f.Original.Actor, f.Into)).OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Actor, StringComparer.Ordinal),
                ("capital", g => g.Key.Actor), ("counted as", g => g.Key.Into), ("mentions folded", g => g.Count()),
                ("as written", g => string.Join("، ", g.Select(f => f.Original.Surface).Distinct())))
            .WithCaption(Options.FoldCapitals ? $"capital folding: {Folded.Count} mentions counted as their country" : "capital folding is off");

    /// <summary>What a notebook shows, as text for a terminal: the summary and the first pairs.</summary>
    public override string ToString() =>
        $"{Summary}\n{TopEdges(CooccurrenceViews.EdgesShown, SortedBy)}";

    /// <summary>One line: how many actors and pairs in how many windows, and the switches.</summary>
    public string Summary => $"{Nodes.Count} actors, {Edges.Count} pairs in {Windows} {Window.Name()} windows · {Options}";

    private ActorNode? Find(string actor) =>
        _byActor.TryGetValue(actor, out var node) ? node : Nodes.FirstOrDefault(n => n.Name == actor);

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    private static List<CooccurrenceEdge> Order(IEnumerable<CooccurrenceEdge> edges, Measure by) =>
        edges.OrderByDescending(e => e.Value(by)).ThenByDescending(e => e.Count)
             .ThenBy(e => e.A.Actor, StringComparer.Ordinal).ThenBy(e => e.B.Actor, StringComparer.Ordinal).ToList();
}
