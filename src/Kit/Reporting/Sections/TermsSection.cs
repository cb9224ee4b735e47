using Kit.Analysis;
using Kit.Charts;
using Kit.Display;

namespace Kit.Reporting.Sections;

/// <summary>
/// The most frequent words that are not stopwords, counted by their base (clitics off, normalized). The analyzer is the
/// report's pipeline's, which made each analysis's terms; it reads only a hand-made analysis without them.
/// </summary>
public sealed class TermsSection(ArabicTermAnalyzer? analyzer = null) : IReportSection
{
    private readonly ArabicTermAnalyzer analyzer = analyzer ?? ArabicTermAnalyzer.Default;
    private readonly Dictionary<string, (int Count, int Documents)> terms = new(StringComparer.Ordinal);

    public string Id => "terms";

    public string Title => "Top terms";

    public void Add(AnalyzedDocument document)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in document.Terms ?? analyzer.Terms(document.Document.AnalysisText))
        {
            if (t.Text.Length < 2 || t.Text.All(char.IsDigit)) continue;
            var (count, docs) = terms.GetValueOrDefault(t.Text);
            terms[t.Text] = (count + 1, seen.Add(t.Text) ? docs + 1 : docs);
        }
    }

    public IReadOnlyList<(string Term, int Count, int Documents)> Top(int n) =>
        terms.OrderByDescending(t => t.Value.Count).ThenBy(t => t.Key, StringComparer.Ordinal).Take(n)
             .Select(t => (t.Key, t.Value.Count, t.Value.Documents)).ToList();

    public string ToHtml(ReportContext context)
    {
        var top = Top(context.Options.TopTerms);
        var chart = Chart.Bar($"The {top.Count} most frequent terms (stopwords left out)", top.Select(t => (t.Term, (double)t.Count)), "occurrences");
        return chart.ToHtmlDiv() + HtmlTable.Of(top, ("term", t => t.Term), ("occurrences", t => t.Count), ("documents", t => t.Documents)).ToHtml();
    }
}
