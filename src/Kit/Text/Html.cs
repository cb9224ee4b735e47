using System.Text;
using System.Text.Encodings.Web;

namespace Kit.Text;

/// <summary>
/// The one escaper for text that goes into HTML (pages, notebook views, plotly labels, JSON inside a script element).
/// Corpus text is untrusted: markup characters become entities, and bidi controls are neutralised by
/// <see cref="BidiControls.Neutralize"/> first, the one place that decides what they become.
/// </summary>
public static class Html
{
    /// <summary>JSON that can sit inside a &lt;script&gt; element: &lt; &gt; &amp; ' " and non-ASCII written as \uXXXX.</summary>
    public static JavaScriptEncoder ScriptJson => JavaScriptEncoder.Default;

    /// <summary>Element content or a quoted attribute value: &amp; &lt; &gt; " ' as entities, bidi controls as U+FFFD.</summary>
    public static string Escape(string? text) => Entities(text, quotes: true);

    /// <summary>
    /// Text whose reader interprets tags but no attributes (plotly labels read &lt;b&gt;, &lt;br&gt;, &lt;a&gt;): &amp; &lt; &gt;
    /// as entities and bidi controls as U+FFFD; quotes stay as written.
    /// </summary>
    public static string EscapeMarkup(string? text) => Entities(text, quotes: false);

    /// <summary>A script's own text (a bundled library) inside a &lt;script&gt; element: only "&lt;/script" could end it early.</summary>
    public static string ScriptText(string script) => script.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);

    /// <summary>An element holding Arabic text: dir="rtl" so it reads right to left.</summary>
    public static string Rtl(string tag, string? text) => $"<{tag} dir=\"rtl\">{Escape(text)}</{tag}>";

    private static string Entities(string? text, bool quotes)
    {
        if (string.IsNullOrEmpty(text)) return "";
        text = BidiControls.Neutralize(text);
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '"' when quotes: sb.Append("&quot;"); break;
                case '\'' when quotes: sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
