using System.Runtime.InteropServices;
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

    // The terms met in the current document; one set, emptied for each document.
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    public void Add(AnalyzedDocument document)
    {
        seen.Clear();
        var found = document.Terms ?? analyzer.Terms(document.Document.AnalysisText);
        for (int i = 0; i < found.Count; i++)
        {
            string term = found[i].Text;
            if (term.Length < 2 || AllDigits(term)) continue;
            ref var tally = ref CollectionsMarshal.GetValueRefOrAddDefault(terms, term, out _); // one look-up a term
            tally = (tally.Count + 1, seen.Add(term) ? tally.Documents + 1 : tally.Documents);
        }
    }

    private static bool AllDigits(string term)
    {
        foreach (char c in term)
            if (!char.IsDigit(c)) return false;
        return true;
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
