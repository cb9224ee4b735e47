using Kit.Actors;
using Kit.Cooccurrence;
using Kit.Display;
using Kit.Text;

namespace Kit.Reporting.Sections;

/// <summary>Who is mentioned with whom (sentence windows by default): heatmap, network, strongest pairs and the sentences behind them.</summary>
public sealed class CooccurrenceSection(CooccurrenceOptions? options = null, Gazetteer? gazetteer = null) : IReportSection
{
    private const int EvidenceShown = 2;

    private readonly CooccurrenceCounter counter = new(options, gazetteer);

    public string Id => "cooccurrence";

    public string Title => "Co-occurrence";

    public void Add(DocumentAnalysis document) => counter.Add(document.Document, document.Mentions);

    public string ToHtml(ReportContext context)
    {
        var graph = counter.Finish();
        if (graph.Edges.Count == 0) return $"<p>No two actors share a window ({Html.Escape(graph.Options.ToString())}).</p>";
        var top = graph.TopEdges(15);
        var html = new System.Text.StringBuilder();
        html.Append("<p>").Append(Html.Escape(graph.Summary)).Append("</p>");
        html.Append(graph.Heatmap(top: 12).ToHtmlDiv()).Append(graph.Network(top: 25).ToHtmlDiv());
        html.Append(top.ToTable().ToHtml());
        html.Append("<h3>Why the strongest pairs are linked</h3>");
        foreach (var edge in top.Take(5))
        {
            html.Append("<p><b>").Append(Html.Escape($"{edge.A.Name} — {edge.B.Name}")).Append("</b> ")
                .Append(Html.Escape($"({edge.Count} windows)")).Append("</p>");
            foreach (var evidence in edge.Evidence.Take(EvidenceShown))
                html.Append("<p class=\"muted\">").Append(Html.Escape($"{evidence.Document} {evidence.Start}–{evidence.End}")).Append("</p>")
                    .Append(evidence.Marked().ToHtml());
        }
        return html.ToString();
    }
}
