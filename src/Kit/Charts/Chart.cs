namespace Kit.Charts;

/// <summary>The kit's charts, made from plain data: a horizontal bar chart, a heatmap and a network.</summary>
public static class Chart
{
    /// <summary>Horizontal bars, largest first at the top; labels may be Arabic.</summary>
    public static Figure Bar(string title, IEnumerable<(string Label, double Value)> bars, string? valueTitle = null, IEnumerable<string>? hoverTexts = null)
    {
        var list = bars.ToList();
        var hovers = hoverTexts?.ToList();
        int longest = list.Select(b => b.Label.Length).DefaultIfEmpty(4).Max();
        return new Figure(
            [new BarTrace(list.Select(b => b.Label).ToList(), list.Select(b => b.Value).ToList(), HoverTexts: hovers, Color: "#1f77b4")],
            new FigureLayout(title, Height: Math.Max(260, 90 + 26 * list.Count), XTitle: valueTitle,
                FirstCategoryOnTop: true, LeftMargin: Math.Clamp(12 + 7 * longest, 60, 260)));
    }

    /// <summary>A square or rectangular grid with its values written in the cells; null leaves a cell blank.</summary>
    public static Figure Heatmap(string title, IReadOnlyList<string> rows, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<double?>> values, string valueFormat = "%{z}")
    {
        if (values.Count != rows.Count || values.Any(r => r.Count != columns.Count))
            throw new ArgumentException($"A heatmap of {rows.Count} rows × {columns.Count} columns needs a value grid of the same shape.", nameof(values));
        int longest = rows.Select(r => r.Length).DefaultIfEmpty(4).Max();
        return new Figure(
            [new HeatmapTrace(columns, rows, values, valueFormat)],
            new FigureLayout(title, Height: Math.Max(320, 120 + 34 * rows.Count), FirstCategoryOnTop: true,
                LeftMargin: Math.Clamp(12 + 7 * longest, 60, 260)));
    }

    /// <summary>
    /// Nodes sized by weight, edges as lines whose width follows their weight; positions from NetworkLayout, so the same
    /// network always draws the same picture.
    /// </summary>
    public static Figure Network(string title, IReadOnlyList<NetworkNode> nodes, IReadOnlyList<NetworkEdge> edges)
    {
        var index = nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var links = edges.Where(e => index.ContainsKey(e.A) && index.ContainsKey(e.B))
                         .Select(e => (index[e.A], index[e.B], e.Weight)).ToList();
        var at = NetworkLayout.Place(nodes.Count, links);
        double maxWeight = edges.Select(e => e.Weight).DefaultIfEmpty(1).Max();
        double maxSize = nodes.Select(n => n.Size).DefaultIfEmpty(1).Max();
        var traces = new List<Trace>();
        // One line trace per edge, so each width can follow its weight; thin edges drawn first, under thick ones.
        foreach (var (a, b, weight) in links.OrderBy(l => l.Weight))
            traces.Add(new ScatterTrace([at[a].X, at[b].X], [at[a].Y, at[b].Y], ScatterMode.Lines,
                LineWidth: Math.Round(1 + 7 * weight / maxWeight, 2)));
        // Lines cannot carry hover text in plotly: an invisible marker at each edge's middle carries it instead.
        var hovered = edges.Where(e => e.Hover is not null && index.ContainsKey(e.A) && index.ContainsKey(e.B)).ToList();
        if (hovered.Count > 0)
            traces.Add(new ScatterTrace(
                hovered.Select(e => (double?)Math.Round((at[index[e.A]].X + at[index[e.B]].X) / 2, 4)).ToList(),
                hovered.Select(e => (double?)Math.Round((at[index[e.A]].Y + at[index[e.B]].Y) / 2, 4)).ToList(),
                ScatterMode.Markers, HoverTexts: hovered.Select(e => e.Hover!).ToList(),
                MarkerSizes: hovered.Select(_ => 14.0).ToList(), Color: "#9e9e9e", MarkerOpacity: 0));
        traces.Add(new ScatterTrace(
            at.Select(p => (double?)p.X).ToList(), at.Select(p => (double?)p.Y).ToList(), ScatterMode.MarkersAndText,
            Texts: nodes.Select(n => n.Label).ToList(),
            HoverTexts: nodes.Select(n => n.Hover ?? n.Label).ToList(),
            MarkerSizes: nodes.Select(n => Math.Round(10 + 30 * Math.Sqrt(n.Size / maxSize), 2)).ToList(),
            MarkerColors: nodes.Select(n => n.Color ?? "#1f77b4").ToList(),
            TextPositions: LabelsOutward(at)));
        return new Figure(traces, new FigureLayout(title, Height: 560, ShowAxes: false));
    }

    // Each label above its node in the upper half of the picture and below it in the lower half: the middle is where
    // nodes crowd, and labels all placed above their nodes overlap there. (Labels beside a node are cut off at the
    // picture's left and right edges, so none goes there.)
    private static List<string> LabelsOutward(IReadOnlyList<(double X, double Y)> at)
    {
        if (at.Count == 0) return [];
        double cy = at.Average(p => p.Y);
        return at.Select(p => p.Y >= cy ? "top center" : "bottom center").ToList();
    }
}

/// <summary>A node of a network chart; Size is what the marker area follows (e.g. mentions).</summary>
public sealed record NetworkNode(string Id, string Label, double Size, string? Hover = null, string? Color = null);

/// <summary>An edge between two node ids; Weight is what the line width follows (e.g. co-occurrences); Hover shows at its middle.</summary>
public sealed record NetworkEdge(string A, string B, double Weight, string? Hover = null);
