using System.Text;
using Kit.Display;
using Kit.Text;

namespace Kit.Charts;

/// <summary>
/// A chart: traces plus layout. In a notebook it displays as application/vnd.plotly.v1+json (drawn by VS Code and
/// JupyterLab offline) with a text/html fallback that loads the pinned plotly.js.
/// </summary>
[TypeFormatterSource(typeof(ChartFormatters), PreferredMimeTypes = [PlotlyMimeType, "text/html", "text/plain"])]
public sealed record Figure(IReadOnlyList<Trace> Traces, FigureLayout Layout)
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    public string Title => Layout.Title;

    /// <summary>plotly.js figure JSON: {"data":[…],"layout":{…}}.</summary>
    public string ToPlotlyJson(bool indented = false) => PlotlyJson.Write(this, indented: indented);

    /// <summary>
    /// A div and a script that draws the figure, loading plotly.js from scriptUrl (the pinned CDN copy by default) unless
    /// the page already has it. Until it draws, the div shows a note and the chart as text: where scripts do not run or
    /// plotly.js cannot load (no network, nbconvert's HTML), the reader sees that instead of an empty box.
    /// </summary>
    public string ToHtml(string? scriptUrl = null)
    {
        string json = PlotlyJson.Write(this, forScript: true);
        string id = "kit-plot-" + StableId(json);
        string url = scriptUrl ?? PlotlyScript.CdnUrl;
        var sb = new StringBuilder();
        sb.Append("<div id=\"").Append(id).Append("\" class=\"kit-figure\" style=\"width:100%;min-height:").Append(Layout.Height).Append("px\">");
        sb.Append("<div class=\"kit-figure-note\" style=\"border-left:4px solid #f9a825;background:#fff8e1;padding:6px 10px\">")
          .Append("<p>This chart needs plotly.js ").Append(PlotlyScript.Version).Append(", loaded from ").Append(Html.Escape(url))
          .Append(". If this note stays, it could not load (offline, or scripts are off here); the chart as text:</p>")
          .Append("<pre dir=\"auto\" style=\"white-space:pre-wrap\">").Append(Html.Escape(ToString())).Append("</pre></div></div>\n");
        sb.Append("<script>(function(){var fig=").Append(json).Append(";");
        sb.Append("function draw(){var n=document.querySelector('#").Append(id).Append(" .kit-figure-note');if(n)n.remove();");
        sb.Append("Plotly.newPlot('").Append(id).Append("',fig.data,fig.layout,{responsive:true,displaylogo:false});}");
        sb.Append("if(window.Plotly){draw();return;}");
        sb.Append("var s=document.createElement('script');s.src='").Append(url).Append("';s.onload=draw;document.head.appendChild(s);})();</script>");
        return sb.ToString();
    }

    /// <summary>A div and a script that draws the figure on a page that already loads plotly.js (a report).</summary>
    public string ToHtmlDiv()
    {
        string json = PlotlyJson.Write(this, forScript: true);
        string id = "kit-plot-" + StableId(json);
        return $"<div id=\"{id}\" class=\"kit-figure\" style=\"width:100%;min-height:{Layout.Height}px\"></div>\n"
             + $"<script>(function(f){{Plotly.newPlot('{id}',f.data,f.layout,{{responsive:true,displaylogo:false}});}})({json});</script>";
    }

    /// <summary>The figure as text, for consoles and file-based apps: bars drawn with blocks, other charts summarized.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder(ChartText.Plain(Layout.Title)).Append('\n');
        foreach (var trace in Traces)
        {
            switch (trace)
            {
                case BarTrace bar:
                    double max = bar.Values.DefaultIfEmpty(0).Max();
                    var plain = bar.Labels.Select(ChartText.Plain).ToList();
                    int width = plain.Select(l => l.Length).DefaultIfEmpty(0).Max();
                    for (int i = 0; i < bar.Labels.Count; i++)
                    {
                        int blocks = max <= 0 ? 0 : (int)Math.Round(30 * bar.Values[i] / max);
                        sb.Append(plain[i].PadRight(width)).Append(' ').Append(new string('█', blocks)).Append(' ')
                          .Append(PlotlyJson.FormatNumber(bar.Values[i])).Append('\n');
                    }
                    break;
                case HeatmapTrace heat:
                    AppendStrongestCells(sb, heat);
                    break;
                case ScatterTrace { Mode: ScatterMode.MarkersAndText, Texts: not null } nodes when Traces.OfType<ScatterTrace>().Any(t => t.Mode == ScatterMode.Lines):
                    AppendLinks(sb, Traces.OfType<ScatterTrace>().Where(t => t.Mode == ScatterMode.Lines), nodes);
                    break;
                case ScatterTrace { Mode: ScatterMode.Lines or ScatterMode.Markers, Texts: null } when Traces.OfType<ScatterTrace>().Any(t => t.Mode == ScatterMode.MarkersAndText):
                    break; // a network's lines and hover points: told with its nodes
                case ScatterTrace { Texts: { } labels } points:
                    sb.Append($"{labels.Count} points: ").Append(string.Join(", ", labels.Take(20).Select(ChartText.Plain)))
                      .Append(labels.Count > 20 ? ", …" : "").Append('\n');
                    break;
                case ScatterTrace s:
                    sb.Append($"scatter ({s.Mode}) {s.X.Count(x => x is not null)} points\n");
                    break;
            }
        }
        return sb.ToString().TrimEnd('\n');
    }

    private const int TextRows = 10;

    // A heatmap as text: its size and its strongest cells (one triangle of a symmetric one, no diagonal).
    private static void AppendStrongestCells(StringBuilder sb, HeatmapTrace heat)
    {
        bool symmetric = heat.Rows.SequenceEqual(heat.Columns);
        var cells = heat.Rows.SelectMany((row, r) => heat.Columns.Select((column, c) => (row, column, r, c, value: r < heat.Z.Count && c < heat.Z[r].Count ? heat.Z[r][c] : null)))
            .Where(x => x.value is > 0 && (!symmetric || x.r < x.c))
            .OrderByDescending(x => x.value).ThenBy(x => x.r).ThenBy(x => x.c).ToList();
        sb.Append($"{heat.Rows.Count} × {heat.Columns.Count}; the strongest {Math.Min(TextRows, cells.Count)} of {cells.Count}:\n");
        foreach (var x in cells.Take(TextRows))
            sb.Append(ChartText.Plain(x.row)).Append(" — ").Append(ChartText.Plain(x.column)).Append(": ").Append(PlotlyJson.FormatNumber(x.value!.Value)).Append('\n');
    }

    // A network as text: its nodes and its strongest links (the widest lines), by the labels at each end.
    private static void AppendLinks(StringBuilder sb, IEnumerable<ScatterTrace> lines, ScatterTrace nodes)
    {
        var labels = new Dictionary<(double, double), string>();
        for (int i = 0; i < nodes.X.Count && i < nodes.Texts!.Count; i++)
            if (nodes.X[i] is double x && nodes.Y[i] is double y) labels.TryAdd((x, y), ChartText.Plain(nodes.Texts[i]));
        var links = new List<(string Text, double Width, int Order)>();
        foreach (var line in lines)
        {
            for (int i = 0; i + 1 < line.X.Count; i++)
            {
                if (line.X[i] is double x1 && line.Y[i] is double y1 && line.X[i + 1] is double x2 && line.Y[i + 1] is double y2
                    && labels.TryGetValue((x1, y1), out var a) && labels.TryGetValue((x2, y2), out var b))
                    links.Add(($"{a} — {b}", line.LineWidth, links.Count));
            }
        }
        sb.Append($"{labels.Count} nodes, {links.Count} links");
        sb.Append(links.Count > TextRows ? $"; the strongest {TextRows}:\n" : ":\n");
        foreach (var link in links.OrderByDescending(l => l.Width).ThenByDescending(l => l.Order).Take(TextRows)) sb.Append(link.Text).Append('\n');
    }

    // Same figure, same id: executed notebooks and reports stay byte-identical between runs.
    private static string StableId(string json)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in json) hash = (hash ^ c) * 1099511628211;
        return hash.ToString("x16");
    }
}
