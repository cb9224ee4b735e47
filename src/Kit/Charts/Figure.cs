using System.Text;
using Kit.Display;

namespace Kit.Charts;

/// <summary>
/// A chart: traces plus layout. In a notebook it displays as application/vnd.plotly.v1+json (drawn by VS Code and
/// JupyterLab offline) with a text/html fallback that loads the pinned plotly.js.
/// </summary>
[TypeFormatterSource(typeof(KitFormatterSource), PreferredMimeTypes = [PlotlyMimeType, "text/html", "text/plain"])]
public sealed record Figure(IReadOnlyList<Trace> Traces, FigureLayout Layout)
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    public string Title => Layout.Title;

    /// <summary>plotly.js figure JSON: {"data":[…],"layout":{…}}.</summary>
    public string ToPlotlyJson(bool indented = false) => PlotlyJson.Write(this, indented: indented);

    /// <summary>A div and a script that draws the figure, loading plotly.js from scriptUrl (the pinned CDN copy by default) unless the page already has it.</summary>
    public string ToHtml(string? scriptUrl = null)
    {
        string json = PlotlyJson.Write(this, forScript: true);
        string id = "kit-plot-" + StableId(json);
        string url = scriptUrl ?? PlotlyScript.CdnUrl;
        var sb = new StringBuilder();
        sb.Append("<div id=\"").Append(id).Append("\" class=\"kit-figure\" style=\"width:100%;min-height:").Append(Layout.Height).Append("px\"></div>\n");
        sb.Append("<script>(function(){var fig=").Append(json).Append(";");
        sb.Append("function draw(){Plotly.newPlot('").Append(id).Append("',fig.data,fig.layout,{responsive:true,displaylogo:false});}");
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
                    int width = bar.Labels.Select(l => l.Length).DefaultIfEmpty(0).Max();
                    for (int i = 0; i < bar.Labels.Count; i++)
                    {
                        int blocks = max <= 0 ? 0 : (int)Math.Round(30 * bar.Values[i] / max);
                        sb.Append(bar.Labels[i].PadRight(width)).Append(' ').Append(new string('█', blocks)).Append(' ')
                          .Append(PlotlyJson.FormatNumber(bar.Values[i])).Append('\n');
                    }
                    break;
                case HeatmapTrace heat:
                    sb.Append($"heatmap {heat.Rows.Count} × {heat.Columns.Count}\n");
                    break;
                case ScatterTrace s:
                    sb.Append($"scatter ({s.Mode}) {s.X.Count(x => x is not null)} points\n");
                    break;
            }
        }
        return sb.ToString().TrimEnd('\n');
    }

    // Same figure, same id: executed notebooks and reports stay byte-identical between runs.
    private static string StableId(string json)
    {
        ulong hash = 14695981039346656037;
        foreach (char c in json) hash = (hash ^ c) * 1099511628211;
        return hash.ToString("x16");
    }
}
