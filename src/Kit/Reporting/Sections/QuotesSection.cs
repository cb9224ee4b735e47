using Kit.Actors;
using Kit.Display;
using Kit.Quotes;

namespace Kit.Reporting.Sections;

/// <summary>
/// Who said what: quotes per speaking actor (chart) and a table of the first quotes with their speakers (short: the
/// whole list, with offsets, is what <c>kit quotes FOLDER</c> prints).
/// </summary>
public sealed class QuotesSection(MentionFinder? finder = null, int tableRows = 20) : IReportSection
{
    private readonly MentionFinder finder = finder ?? MentionFinder.Default;
    private readonly QuoteExtractor extractor = finder is null ? QuoteExtractor.Default : new QuoteExtractor(finder);
    // Counted as they come; only the table's quotes are kept, so a big corpus does not pile up quotes.
    private readonly List<Quote> shown = [];
    private readonly Dictionary<string, int[]> bySpeaker = new(StringComparer.Ordinal); // quotes, direct, indirect, mixed, documents
    private int total, direct, indirect, mixed, unnamedSources, withoutSpeaker;

    private const int QuoteShown = 160;

    public string Id => "quotes";

    public string Title => "Quotes";

    public void Add(DocumentAnalysis document)
    {
        var found = document.Quotes is { } made && ReferenceEquals(document.Finder, finder) ? made : extractor.Extract(document.Document);
        var speakersHere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var q in found)
        {
            total++;
            if (q.Kind == QuoteKind.Direct) direct++;
            else if (q.Kind == QuoteKind.Indirect) indirect++;
            else if (q.Kind == QuoteKind.Mixed) mixed++;
            if (q.Speaker is null) withoutSpeaker++;
            else if (q.Actor is null) unnamedSources++;
            if (q.Actor is { } actor)
            {
                if (!bySpeaker.TryGetValue(actor, out var counts)) bySpeaker[actor] = counts = new int[5];
                counts[0]++;
                if (q.Kind == QuoteKind.Direct) counts[1]++;
                else if (q.Kind == QuoteKind.Indirect) counts[2]++;
                else if (q.Kind == QuoteKind.Mixed) counts[3]++;
                if (speakersHere.Add(actor)) counts[4]++;
            }
            if (shown.Count < tableRows) shown.Add(q);
        }
    }

    public string ToHtml(ReportContext context)
    {
        if (total == 0) return "<p>No quote found.</p>";
        var gazetteer = finder.Gazetteer;
        // Ties broken by id, as QuoteCounts does: the same quotes always give the same chart.
        var speakers = bySpeaker
            .Select(p => new SpeakerCount(p.Key, gazetteer.NameOf(p.Key), gazetteer.EnglishOf(p.Key),
                p.Value[0], p.Value[1], p.Value[2], p.Value[3], p.Value[4]))
            .OrderByDescending(c => c.Quotes).ThenBy(c => c.Actor, StringComparer.Ordinal).ToList();
        int inTable = Math.Min(shown.Count, Math.Min(tableRows, context.Options.MaxRows));
        var table = HtmlTable.Of(shown.Take(inTable),
            ("document", q => q.Document),
            ("speaker", q => q.SpeakerText ?? "—"),
            ("actor", q => q.Actor ?? ""),
            ("kind", q => q.Kind.ToString().ToLowerInvariant()),
            ("what was said", q => q.Text.Length > QuoteShown ? q.Text[..QuoteShown] + " …" : q.Text));
        if (total > inTable) table = table.WithCaption($"the first {inTable} of {total} quotes (kit quotes FOLDER lists them all, with their offsets)");
        return $"<p>{total} quotes: {direct} direct, {indirect} indirect, "
            + $"{mixed} mixed; {unnamedSources} from sources the text does not name, "
            + $"{withoutSpeaker} with no speaker found.</p>"
            + (speakers.Count > 0 ? QuoteCounts.Chart(speakers, top: 15).ToHtmlDiv() : "")
            + table.ToHtml();
    }
}
