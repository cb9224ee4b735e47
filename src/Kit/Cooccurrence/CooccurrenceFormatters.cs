using Kit.Display;

namespace Kit.Cooccurrence;

/// <summary>How a co-occurrence graph, its edge lists and its evidence display in a notebook.</summary>
internal sealed class CooccurrenceFormatters : FormatterSource
{
    protected override IEnumerable<KitFormatter> Formatters() =>
    [
        HtmlView<CooccurrenceGraph>(CooccurrenceViews.Graph),
        HtmlView<EdgeList>(e => e.ToTable().ToHtml()),
        HtmlView<EvidenceList>(CooccurrenceViews.Evidence),
        HtmlView<Evidence>(e => e.Marked().ToHtml()),
    ];
}
