using Kit.Actors;
using Kit.Display;
using Kit.Quotes;
using Kit.Text;

namespace Kit.Reporting.Sections;

/// <summary>Who said what: quotes per speaking actor (chart) and a table of the quotes with their speakers.</summary>
public sealed class QuotesSection(MentionFinder? finder = null, int tableRows = 200) : IReportSection
{
    private readonly MentionFinder finder = finder ?? MentionFinder.Default;
    private readonly QuoteExtractor extractor = finder is null ? QuoteExtractor.Default : new QuoteExtractor(finder);
    private readonly List<Quote> quotes = [];

    public string Id => "quotes";

    public string Title => "Quotes";

    public void Add(DocumentAnalysis document)
    {
        foreach (var q in extractor.Extract(document.Document))
            // Beyond the table's rows a quote is only counted: its text is let go, so a big corpus does not pile up quotes.
            quotes.Add(quotes.Count < tableRows ? q : q with { Text = "" });
    }

    public string ToHtml(ReportContext context)
    {
        if (quotes.Count == 0) return "<p>No quote found.</p>";
        var counts = QuoteCounts.Of(quotes, finder.Gazetteer, finder);
        var shown = quotes.Take(Math.Min(tableRows, context.Options.MaxRows)).ToList();
        var table = QuoteViews.Table(shown);
        if (quotes.Count > shown.Count) table = table.WithCaption($"the first {shown.Count} of {quotes.Count} quotes");
        return $"<p>{quotes.Count} quotes: {quotes.Count(q => q.Kind == QuoteKind.Direct)} direct, {quotes.Count(q => q.Kind == QuoteKind.Indirect)} indirect, "
            + $"{quotes.Count(q => q.Kind == QuoteKind.Mixed)} mixed; {counts.UnnamedSources} from sources the text does not name, "
            + $"{counts.WithoutSpeaker} with no speaker found.</p>"
            + (counts.BySpeaker.Count > 0 ? counts.Chart(top: 15).ToHtmlDiv() : "")
            + table.ToHtml();
    }
}
