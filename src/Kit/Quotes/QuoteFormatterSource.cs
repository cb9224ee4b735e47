using Kit.Display;

namespace Kit.Quotes;

/// <summary>How quotes display in a notebook: a one-row table (a list of quotes displays with <see cref="QuoteViews"/>).</summary>
internal sealed class QuoteFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new HtmlFormatter(typeof(Quote), o => QuoteViews.Table([(Quote)o]).ToHtml());
    }
}
