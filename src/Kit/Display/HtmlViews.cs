using System.Text;
using Kit.Actors.Counting;
using Kit.Corpus;
using Kit.Exercises;
using Kit.Normalization;
using Kit.Text;

namespace Kit.Display;

/// <summary>The HTML view of each Kit type that displays in a notebook; every piece of corpus text is escaped.</summary>
internal static class HtmlViews
{
    public static IReadOnlyDictionary<Type, Func<object, string>> All { get; } = new Dictionary<Type, Func<object, string>>
    {
        [typeof(HtmlTable)] = o => ((HtmlTable)o).ToHtml(),
        [typeof(RtlText)] = o => ((RtlText)o).ToHtml(),
        [typeof(TextCorpus)] = o => CorpusTable((TextCorpus)o).ToHtml(),
        [typeof(Document)] = o => DocumentView((Document)o),
        [typeof(NormalizedText)] = o => NormalizedView((NormalizedText)o),
        [typeof(CheckResult)] = o => CheckView((CheckResult)o),
        [typeof(HintText)] = o => HintView((HintText)o),
        [typeof(ProgressReport)] = o => ProgressView((ProgressReport)o),
        [typeof(ActorCounts)] = o => ((ActorCounts)o).TypeTable().ToHtml() + ((ActorCounts)o).ActorTable().ToHtml(),
        [typeof(Cooccurrence.CooccurrenceGraph)] = o => CooccurrenceViews.Graph((Cooccurrence.CooccurrenceGraph)o),
        [typeof(Cooccurrence.EdgeList)] = o => ((Cooccurrence.EdgeList)o).ToTable().ToHtml(),
        [typeof(Cooccurrence.EvidenceList)] = o => CooccurrenceViews.Evidence((Cooccurrence.EvidenceList)o),
        [typeof(Cooccurrence.Evidence)] = o => ((Cooccurrence.Evidence)o).Marked().ToHtml(),
        [typeof(Quotes.Quote)] = o => Quotes.QuoteViews.Table([(Quotes.Quote)o]).ToHtml(),
        [typeof(Quotes.QuoteCounts)] = o => ((Quotes.QuoteCounts)o).SpeakerTable().ToHtml(),
    };

    public static HtmlTable CorpusTable(TextCorpus corpus) =>
        HtmlTable.Of(corpus,
            ("id", d => d.Id),
            ("headline", d => d.Headline?.Text ?? ""),
            ("paragraphs", d => d.Body.Count()),
            ("characters", d => d.Characters),
            ("removed", d => d.Removals.Count == 0 ? "" : string.Join(", ", d.Removals.Select(r => r.Rule)))).WithCaption($"{corpus.Count} documents");

    private static string DocumentView(Document d)
    {
        var sb = new StringBuilder("<div class=\"kit-document\">");
        sb.Append("<p><b>").Append(Html.Escape(d.Id)).Append("</b> · ")
          .Append(Count(d.Body.Count(), "paragraph")).Append(" · ").Append(d.Characters).Append(" characters</p>");
        if (d.Headline is { } h) sb.Append(Html.Rtl("h4", h.Text));
        foreach (var p in d.Body) sb.Append(Html.Rtl("p", p.Text));
        foreach (var r in d.Removals)
            sb.Append("<p><s dir=\"rtl\">").Append(Html.Escape(r.Text)).Append("</s> <small>removed by ")
              .Append(Html.Escape(r.Rule)).Append(" at ").Append(r.Span).Append("</small></p>");
        return sb.Append("</div>").ToString();
    }

    private static string Count(int n, string word) => $"{n} {(n == 1 ? word : word + "s")}";

    private static string NormalizedView(NormalizedText n)
    {
        var sb = new StringBuilder("<table class=\"kit-table\"><tr><th>original</th>");
        sb.Append(Html.Rtl("td", n.Original)).Append("</tr><tr><th>normalized</th>").Append(Html.Rtl("td", n.Text)).Append("</tr></table>");
        var changed = n.Changes.Where(c => c.CharactersChanged > 0).ToList();
        if (changed.Count > 0)
        {
            sb.Append(HtmlTable.Of(changed,
                ("step", c => c.Step),
                ("characters changed", c => c.CharactersChanged),
                ("examples", c => string.Join("  ·  ", c.Examples.Select(e => $"{e.Before} → {e.After}")))).ToHtml());
        }
        return sb.ToString();
    }

    private static string HintView(HintText h) =>
        $"<div style=\"border-left:4px solid #f9a825;padding:4px 8px\">💡 <b>{Html.Escape(h.Exercise)}</b>{(h.Of == 0 ? "" : $" · hint {h.Number} of {h.Of}")}: {Html.Escape(h.Text)}</div>";

    private static string ProgressView(ProgressReport p) =>
        HtmlTable.Of(p.Lines, ("exercise", l => l.Exercise), ("", l => ProgressReport.Mark(l.Status)), ("what it asks", l => l.Title), ("kind", l => l.Kind))
            .WithCaption(p.Summary).ToHtml();

    private static string CheckView(CheckResult r) => r.Skipped
        ? $"<div style=\"border-left:4px solid #9e9e9e;padding:4px 8px\">⏭ <b>{Html.Escape(r.Exercise)}</b> skipped: {Html.Escape(r.Message)}</div>"
        : $"<div style=\"border-left:4px solid #2e7d32;padding:4px 8px\">✅ <b>{Html.Escape(r.Exercise)}</b>: {Html.Escape(r.Message)}</div>";
}
