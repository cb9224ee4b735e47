using System.Text;
using Kit.Text;

namespace Kit.Charts;

/// <summary>Makes corpus text safe and readable as a plotly label: tags escaped, bidi controls neutralized, Arabic marked rtl.</summary>
public static class ChartText
{
    /// <summary>U+200F RIGHT-TO-LEFT MARK: plotly lays labels out left to right, and a leading RLM keeps Arabic with digits in order (GUIDE §5).</summary>
    public const char RightToLeftMark = '\u200F';

    public static string Label(string? text)
    {
        string escaped = Escape(text);
        return ContainsArabic(escaped) ? RightToLeftMark + escaped : escaped;
    }

    /// <summary>plotly interprets a few tags (&lt;a&gt;, &lt;b&gt;, &lt;br&gt;) in text; entities are shown as the characters they name.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\n' or '\r': sb.Append(' '); break;
                case var bidi when Html.IsBidiControl(bidi):
                    sb.Append('\uFFFD');
                    break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

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
