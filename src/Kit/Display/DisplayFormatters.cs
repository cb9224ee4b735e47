namespace Kit.Display;

/// <summary>The views of Display's own types: tables and right-to-left text.</summary>
internal sealed class DisplayFormatters : FormatterSource
{
    protected override IEnumerable<KitFormatter> Formatters() =>
        [HtmlView<HtmlTable>(t => t.ToHtml()), HtmlView<RtlText>(t => t.ToHtml())];
}
