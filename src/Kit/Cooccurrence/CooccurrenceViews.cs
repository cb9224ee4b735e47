using System.Text;
using Kit.Display;
using Kit.Text;

namespace Kit.Cooccurrence;

/// <summary>HTML views of a co-occurrence count: a summary with its strongest pairs, edge tables, and evidence with actors marked.</summary>
internal static class CooccurrenceViews
{
    /// <summary>How many edges a graph shows when displayed; TopEdges(n) shows more.</summary>
    public const int EdgesShown = 15;

    public static string Graph(CooccurrenceGraph graph)
    {
        var sb = new StringBuilder("<div class=\"kit-cooccurrence\"><p>");
        sb.Append(Html.Escape(graph.Summary));
        sb.Append("</p>");
        if (graph.Folded.Count > 0) sb.Append(graph.FoldingTable().ToHtml());
        var shown = new EdgeList(graph.Edges.Take(EdgesShown).ToList(), graph.SortedBy,
            $"{(graph.Edges.Count > EdgesShown ? $"the first {EdgesShown} of {graph.Edges.Count}" : $"all {graph.Edges.Count}")} pairs by {graph.SortedBy.Name()}");
        sb.Append(shown.ToTable().ToHtml());
        return sb.Append("</div>").ToString();
    }

    public static string Evidence(EvidenceList evidence)
    {
        var sb = new StringBuilder("<div class=\"kit-evidence\"><p><b>").Append(Html.Escape(evidence.Caption)).Append("</b></p>");
        foreach (var e in evidence)
        {
            sb.Append("<p><small>").Append(Html.Escape($"{e.Document} · {e.Window.Kind.Name()} {e.Window.Index} · {e.Start}-{e.End}")).Append("</small></p>");
            sb.Append(e.Marked().ToHtml());
        }
        return sb.Append("</div>").ToString();
    }
}
