using System.Text;

namespace Kit.Text;

/// <summary>HTML helpers: corpus text is untrusted, so everything that goes into HTML passes through Escape.</summary>
public static class Html
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (char c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                // Bidi overrides and isolates in corpus text could reorder the page around them: shown as U+FFFD instead.
                case var bidi when IsBidiControl(bidi):
                    sb.Append('\uFFFD');
                    break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder the text around them.</summary>
    public static bool IsBidiControl(char c) => BidiControls.Is(c);

    /// <summary>An element holding Arabic text: dir="rtl" so it reads right to left.</summary>
    public static string Rtl(string tag, string? text) => $"<{tag} dir=\"rtl\">{Escape(text)}</{tag}>";
}
