using Kit.Display;

namespace Kit.Quotes;

/// <summary>Tables and marked text for quotes, for notebooks and the CLI.</summary>
public static class QuoteViews
{
    /// <summary>One row per quote: document, speaker, actor, verb, kind, text, span, and the rules that decided.</summary>
    public static HtmlTable Table(IEnumerable<Quote> quotes) =>
        HtmlTable.Of(quotes,
            ("doc", q => q.Document.Length > 3 ? q.Document[..3] : q.Document),
            ("speaker", q => q.SpeakerText ?? "—"),
            ("actor", q => q.Actor ?? ""),
            ("verb", q => q.Verb),
            ("kind", q => q.Kind.ToString().ToLowerInvariant()),
            ("text", q => q.Text),
            ("start", q => q.Start),
            ("end", q => q.End),
            ("speaker rule", q => q.Speaker is null ? "none" : q.Speaker.Sieve + (q.Resolved ? " (resolved)" : "")));

    /// <summary>A text with its quotes marked; hover a quote to see who said it and why.</summary>
    public static RtlText Marked(string text, IEnumerable<Quote> quotes) =>
        Show.Marked(text, quotes.Select(q => new Highlight(q.Span, q.Explain())));
}
