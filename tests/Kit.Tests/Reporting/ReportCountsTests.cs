using System.Text.RegularExpressions;
using Kit.Actors.Counting;
using Kit.Actors;
using Kit.Cleaning;
using Kit.Corpus;
using Kit.Quotes;
using Kit.Reporting;
using Kit.Tests.Support;

namespace Kit.Tests.Reporting;

/// <summary>
/// Issue 16: the report's actor and quote numbers equal those of the API the notebooks call (ActorCounts.Of on
/// MentionFinder.Default.Find, QuoteCounts.Of on QuoteExtractor.Default.Extract), read back from the report's HTML.
/// </summary>
public class ReportCountsTests
{
    private static readonly Lazy<(string Html, List<Kit.Corpus.Document> Cleaned)> Report = new(() =>
    {
        var cleaned = Seeds.Corpus.Select(Cleaner.Default.Clean).ToList();
        return (CorpusReport.Build(cleaned), cleaned);
    });

    [Fact]
    public void Actor_counts_in_the_report_equal_the_notebook_api()
    {
        var (html, cleaned) = Report.Value;
        var counts = ActorCounts.Of(MentionFinder.Default.Find(cleaned));
        Assert.Contains($"{counts.ByActor.Count} actors, {counts.ByActor.Sum(c => c.Mentions)} mentions by name", html);
        foreach (var c in counts.ByActor.Take(20))
            Assert.Contains($"{c.English} ({c.Type}): {c.Mentions} mentions in {c.Documents} documents", html);
        foreach (var t in counts.ByType)
            Assert.Matches($"<td>{t.Type}</td><td>{t.Actors}</td><td>{t.Mentions}</td>", html);
    }

    [Fact]
    public void Quote_counts_in_the_report_equal_the_notebook_api()
    {
        var (html, cleaned) = Report.Value;
        var quotes = QuoteExtractor.Default.Extract(cleaned);
        var counts = QuoteCounts.Of(quotes);
        int Kind(QuoteKind k) => quotes.Count(q => q.Kind == k);
        Assert.Contains($"{quotes.Count} quotes: {Kind(QuoteKind.Direct)} direct, {Kind(QuoteKind.Indirect)} indirect, {Kind(QuoteKind.Mixed)} mixed; "
            + $"{counts.UnnamedSources} from sources the text does not name, {counts.WithoutSpeaker} with no speaker found.", html);
        foreach (var s in counts.BySpeaker.Take(15))
            Assert.Contains($"{s.English}: {s.Quotes} quotes ({s.Direct} direct, {s.Indirect} indirect, {s.Mixed} mixed) in {s.Documents} documents", html);
        // The seeds' figures as the report printed them before the counts moved into tallies (saved report of main, 2026-12-01).
        Assert.Contains("80 quotes: 22 direct, 54 indirect, 4 mixed; 8 from sources the text does not name, 0 with no speaker found.", html);
        Assert.Contains("49 actors, 287 mentions by name", html);
        Assert.DoesNotMatch(new Regex("John Kerry \\(person\\): (?!23 mentions in 4 documents)"), html);
    }
}
