using Kit.Display;

namespace Kit.Quotes;

/// <summary>A quote displays as a one-row quote table; quote counts as the table of speakers.</summary>
internal sealed class QuoteFormatters : FormatterSource
{
    protected override IEnumerable<KitFormatter> Formatters() =>
        [HtmlView<Quote>(q => QuoteViews.Table([q]).ToHtml()), HtmlView<QuoteCounts>(c => c.SpeakerTable().ToHtml())];
}
