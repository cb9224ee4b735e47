using System.Runtime.InteropServices;
using Kit.Analysis;
using Kit.Caching;
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

    // One tally a term text; slotOf finds a term's tally by its text, slotOfForm (made on first use) by the form id of
    // the word it came from, an array look-up instead of hashing the term again.
    private readonly List<TermTally> tallies = [];
    private readonly Dictionary<string, int> slotOf = new(StringComparer.Ordinal);
    private int[]? slotOfForm;

    // Which document is being added: a tally that last counted an earlier one counts a document more.
    private int document;

    public string Id => "terms";

    public string Title => "Top terms";

    public void Add(AnalyzedDocument document)
    {
        this.document++;
        var found = document.Terms ?? analyzer.Terms(document.Document.AnalysisText);
        if (found is TermList list)
            foreach (var term in list.Values) Count(term.Text, term.Form);
        else
            for (int i = 0; i < found.Count; i++) Count(found[i].Text, -1);
    }

    private void Count(string term, int form)
    {
        var span = CollectionsMarshal.AsSpan(tallies);
        int known = form >= 0 && slotOfForm is { } byForm ? byForm[form] - 1 : -1;
        // The form's tally when it counts this text (read in place, once); else found by text, maybe added (the list's array may move).
        if (known < 0 || span[known].Text != term)
        {
            known = SlotOf(term, form);
            span = CollectionsMarshal.AsSpan(tallies);
        }
        ref var tally = ref span[known];
        if (!tally.Counted) return;
        tally.Count++;
        if (tally.LastDocument != document)
        {
            tally.Documents++;
            tally.LastDocument = document;
        }
    }

    // By form id when the form was met before (its text compared: a form's term can change with its word kind), else by text.
    private int SlotOf(string term, int form)
    {
        if (form >= 0 && (slotOfForm ??= new int[Vocabulary.MaxForms])[form] is > 0 and var known && tallies[known - 1].Text == term)
            return known - 1;
        ref int slot = ref CollectionsMarshal.GetValueRefOrAddDefault(slotOf, term, out bool exists);
        if (!exists)
        {
            slot = tallies.Count;
            tallies.Add(new TermTally(term, Counted: term.Length >= 2 && !AllDigits(term)));
        }
        if (form >= 0) slotOfForm![form] = slot + 1; // 0 means "not met yet"
        return slot;
    }

    // Short terms and numbers get a tally too (so their forms are looked up by id), but never count.
    private record struct TermTally(string Text, bool Counted)
    {
        public int Count;
        public int Documents;
        public int LastDocument;
    }

    private static bool AllDigits(string term)
    {
        foreach (char c in term)
            if (!char.IsDigit(c)) return false;
        return true;
    }

    public IReadOnlyList<(string Term, int Count, int Documents)> Top(int n) =>
        tallies.Where(t => t.Counted && t.Count > 0).OrderByDescending(t => t.Count).ThenBy(t => t.Text, StringComparer.Ordinal).Take(n)
             .Select(t => (t.Text, t.Count, t.Documents)).ToList();

    public string ToHtml(ReportContext context)
    {
        var top = Top(context.Options.TopTerms);
        var chart = Chart.Bar($"The {top.Count} most frequent terms (stopwords left out)", top.Select(t => (t.Term, (double)t.Count)), "occurrences");
        return chart.ToHtmlDiv() + HtmlTable.Of(top, ("term", t => t.Term), ("occurrences", t => t.Count), ("documents", t => t.Documents)).ToHtml();
    }
}
