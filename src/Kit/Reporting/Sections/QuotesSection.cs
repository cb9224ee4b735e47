using Kit.Actors;
using Kit.Display;
using Kit.Quotes;

namespace Kit.Reporting.Sections;

/// <summary>
/// Who said what: quotes per speaking actor (chart) and a table of the first quotes with their speakers (short: the
/// whole list, with offsets, is what <c>kit quotes FOLDER</c> prints).
/// </summary>
public sealed class QuotesSection(QuoteExtractor? extractor = null, int tableRows = 20) : IReportSection
{
    // The report's pipeline's extractor: its finder's gazetteer names the speakers.
    private readonly QuoteExtractor extractor = extractor ?? QuoteExtractor.Default;
    // Counted as they come; only the table's quotes are kept, so a big corpus does not pile up quotes.
    private readonly List<Quote> shown = [];
    private readonly QuoteTally tally = new();

    private const int QuoteShown = 160;

    public string Id => "quotes";

    public string Title => "Quotes";

    public void Add(AnalyzedDocument document)
    {
        // The pipeline's quotes; a hand-made analysis without them is read by this section's extractor.
        var found = document.Quotes ?? extractor.Extract(document.Document);
        tally.Add(found);
        foreach (var q in found.Take(tableRows - shown.Count)) shown.Add(q);
    }

    public string ToHtml(ReportContext context)
    {
        int total = tally.Total;
        if (total == 0) return "<p>No quote found.</p>";
        var speakers = tally.Finish(extractor.Finder.Gazetteer);
        int inTable = Math.Min(shown.Count, Math.Min(tableRows, context.Options.MaxRows));
        var table = HtmlTable.Of(shown.Take(inTable),
            ("document", q => q.Document),
            ("speaker", q => q.SpeakerText ?? "—"),
            ("actor", q => q.Actor ?? ""),
            ("kind", q => q.Kind.ToString().ToLowerInvariant()),
            ("what was said", q => q.Text.Length > QuoteShown ? q.Text[..QuoteShown] + " …" : q.Text));
        if (total > inTable) table = table.WithCaption($"the first {inTable} of {total} quotes (kit quotes FOLDER lists them all, with their offsets)");
        return $"<p>{total} quotes: {tally.Direct} direct, {tally.Indirect} indirect, "
            + $"{tally.Mixed} mixed; {tally.UnnamedSources} from sources the text does not name, "
            + $"{tally.WithoutSpeaker} with no speaker found.</p>"
            + (speakers.Count > 0 ? QuoteCounts.Chart(speakers, top: 15).ToHtmlDiv() : "")
            + table.ToHtml();
    }
}
