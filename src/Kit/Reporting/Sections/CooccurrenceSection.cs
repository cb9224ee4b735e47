using Kit.Actors;
using Kit.Cooccurrence;
using Kit.Display;
using Kit.Text;

namespace Kit.Reporting.Sections;

/// <summary>Who is mentioned with whom (sentence windows by default): heatmap, network, strongest pairs and the sentences behind them.</summary>
public sealed class CooccurrenceSection(CooccurrenceOptions? options = null, Gazetteer? gazetteer = null) : IReportSection
{
    private const int EvidenceShown = 2;

    private const int PairsExplained = 5;

    // Pair k shows its first EvidenceShown windows not shown under the k earlier pairs, so the text of its first
    // EvidenceShown × PairsExplained windows is enough; the places of all kept windows count those shown above.
    private readonly CooccurrenceCounter counter = new((options ?? CooccurrenceOptions.Default) with { EvidenceText = EvidenceShown * PairsExplained }, gazetteer);

    public string Id => "cooccurrence";

    public string Title => "Co-occurrence";

    public void Add(AnalyzedDocument document)
    {
        if (document.Layers is { } layers) counter.Add(layers, document.Mentions);
        else counter.Add(document.Document, document.Mentions);
    }

    public string ToHtml(ReportContext context)
    {
        var graph = counter.Finish();
        if (graph.Edges.Count == 0) return $"<p>No two actors share a window ({Html.Escape(graph.Options.ToString())}).</p>";
        var top = graph.TopEdges(15);
        var html = new System.Text.StringBuilder();
        html.Append("<p>").Append(Html.Escape(graph.Summary)).Append("</p>");
        // Pairs seen once are left out of the network, as notebook 04 does: with them the middle is a hairball of labels.
        html.Append(graph.Heatmap(top: 12).ToHtmlDiv()).Append(graph.Network(top: 15, minCount: 2).ToHtmlDiv());
        html.Append(top.ToTable().ToHtml());
        html.Append("<h3>Why the strongest pairs are linked</h3>");
        // A sentence naming many actors is evidence for many pairs: show it once, and say so under the other pairs.
        var shownWindows = new HashSet<(string, int)>();
        foreach (var edge in top.Take(PairsExplained))
        {
            html.Append("<p><b>").Append(Html.Escape($"{edge.A.Name} — {edge.B.Name}")).Append("</b> ")
                .Append(Html.Escape($"({edge.Count} {Plural(edge.Count, "window")})")).Append("</p>");
            int already = edge.Places.Count(p => shownWindows.Contains((p.Document, p.Start)));
            int shownHere = 0;
            foreach (var evidence in edge.Evidence)
            {
                if (shownHere == EvidenceShown) break;
                if (shownWindows.Contains((evidence.Document, evidence.Start))) continue;
                shownWindows.Add((evidence.Document, evidence.Start));
                shownHere++;
                // The offsets into the original file go in the tooltip: readers want the sentence, programs the offsets.
                html.Append("<p class=\"muted\" title=\"").Append(Html.Escape($"characters {evidence.Start}–{evidence.End} of {evidence.Document}"))
                    .Append("\">").Append(Html.Escape(evidence.Document)).Append("</p>")
                    .Append(evidence.Marked().ToHtml());
            }
            if (already > 0) html.Append("<p class=\"muted\">").Append(Html.Escape($"and {already} {Plural(already, "window")} shown above")).Append("</p>");
        }
        return html.ToString();
    }

    private static string Plural(int n, string word) => n == 1 ? word : word + "s";
}
