using System.Text;
using Kit.Display;
using Kit.Text;

namespace Kit.Corpus;

/// <summary>How a corpus and a document display: in a notebook as HTML (every piece of corpus text escaped), in a console as text.</summary>
internal sealed class CorpusFormatters : FormatterSource
{
    protected override IEnumerable<KitFormatter> Formatters() =>
        [HtmlView<TextCorpus>(c => CorpusTable(c).ToHtml()), HtmlView<Document>(DocumentView)];

    public override string? PlainText(object value) => value switch
    {
        TextCorpus corpus => CorpusTable(corpus).ToString(),
        Document document => DocumentText(document),
        _ => null,
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

    private static string DocumentText(Document d)
    {
        var sb = new StringBuilder($"{d.Id} · {d.Body.Count()} paragraph{(d.Body.Count() == 1 ? "" : "s")} · {d.Characters} characters");
        if (d.Headline is { } headline) sb.Append("\n\n").Append(headline.Text);
        foreach (var p in d.Body) sb.Append("\n\n").Append(p.Text);
        foreach (var r in d.Removals) sb.Append($"\n\n[removed by {r.Rule} at {r.Span}] {r.Text}");
        return sb.ToString();
    }
}
