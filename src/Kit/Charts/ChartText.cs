using Kit.Text;

namespace Kit.Charts;

/// <summary>Makes corpus text safe and readable as a plotly label: tags escaped, bidi controls neutralized, Arabic marked rtl.</summary>
public static class ChartText
{
    /// <summary>U+200F RIGHT-TO-LEFT MARK: plotly lays labels out left to right, and a leading RLM keeps Arabic with digits in order.</summary>
    public const char RightToLeftMark = '\u200F';

    public static string Label(string? text)
    {
        string escaped = Escape(text);
        return ContainsArabic(escaped) ? RightToLeftMark + escaped : escaped;
    }

    /// <summary>plotly reads a few tags (&lt;a&gt;, &lt;b&gt;, &lt;br&gt;) in text and shows entities as their characters; a label is one line.</summary>
    public static string Escape(string? text) => Html.EscapeMarkup(text?.Replace('\n', ' ').Replace('\r', ' '));

    public static bool ContainsArabic(string text)
    {
        foreach (char c in text)
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
                return true;
        return false;
    }

    /// <summary>Hover text may span lines: each line escaped, joined by plotly's &lt;br&gt;.</summary>
    public static string Hover(params string?[] lines) => string.Join("<br>", lines.Where(l => !string.IsNullOrEmpty(l)).Select(Label));

    internal static string Plain(string text) => System.Net.WebUtility.HtmlDecode(text).TrimStart(RightToLeftMark);
}
