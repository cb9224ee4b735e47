using System.Globalization;
using System.Text;
using Kit.Text;

namespace Kit.Display;

/// <summary>
/// A plain table for notebooks: it displays as an HTML table (Arabic cells right-to-left, every cell escaped)
/// and prints as aligned text in a terminal.
/// </summary>
[TypeFormatterSource(typeof(DisplayFormatters))]
public sealed partial record HtmlTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows, string? Caption = null)
{
    /// <summary>A table with one row per item and one column per (header, value) pair.</summary>
    public static HtmlTable Of<T>(IEnumerable<T> items, params (string Header, Func<T, object?> Value)[] columns) =>
        new(columns.Select(c => c.Header).ToList(),
            items.Select(item => (IReadOnlyList<object?>)columns.Select(c => c.Value(item)).ToList()).ToList());

    public HtmlTable WithCaption(string caption) => this with { Caption = caption };

    public string ToHtml()
    {
        var sb = new StringBuilder("<table class=\"kit-table\">");
        if (Caption is not null) sb.Append("<caption>").Append(Html.Escape(Caption)).Append("</caption>");
        sb.Append("<thead><tr>");
        foreach (var c in Columns) sb.Append(Cell("th", c));
        sb.Append("</tr></thead><tbody>");
        foreach (var row in Rows)
        {
            sb.Append("<tr>");
            foreach (var value in row) sb.Append(Cell("td", FormatValue(value)));
            sb.Append("</tr>");
        }
        return sb.Append("</tbody></table>").ToString();
    }

    /// <summary>A cell's text, bidi controls shown as U+FFFD: in a terminal they would reorder the rest of the row.</summary>
    internal static string FormatValue(object? value) => BidiControls.Neutralize(value switch
    {
        null => "",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        float f => f.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    });

    private static string Cell(string tag, string text)
    {
        bool arabic = ArabicRun().IsMatch(text);
        // "before → after" pairs read left to right even when both sides are Arabic; so does Latin prose with Arabic
        // examples. Each Arabic run is isolated (<bdi>) so it reads right to left inside, without swapping its neighbours.
        if (arabic && (text.Contains('→') || !IsMostlyArabic(text)))
            return $"<{tag} dir=\"ltr\">{ArabicRun().Replace(Html.Escape(text), m => $"<bdi dir=\"rtl\">{m.Value}</bdi>")}</{tag}>";
        return arabic
            ? $"<{tag} dir=\"rtl\" style=\"text-align:right\">{Html.Escape(text)}</{tag}>"
            : $"<{tag}>{Html.Escape(text)}</{tag}>";
    }

    // Arabic words, with the spaces, Arabic commas and colons between them (escaping leaves these characters alone).
    [System.Text.RegularExpressions.GeneratedRegex(@"[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]+(?:[ \u060C\u061B:]+[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]+)*")]
    private static partial System.Text.RegularExpressions.Regex ArabicRun();

    /// <summary>True when a text has more Arabic letters than Latin ones: such cells read right to left.</summary>
    internal static bool IsMostlyArabic(string text)
    {
        int arabic = 0, latin = 0;
        foreach (char c in text)
        {
            if (c >= '\u0600' && c <= '\u06FF' || c >= '\uFB50' && c <= '\uFEFF') arabic++;
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z') latin++;
        }
        return arabic > latin;
    }

    public override string ToString()
    {
        var cells = Rows.Select(r => r.Select(FormatValue).ToList()).ToList();
        var widths = Columns.Select((c, i) => Math.Max(c.Length, cells.Count == 0 ? 0 : cells.Max(r => i < r.Count ? r[i].Length : 0))).ToList();
        var sb = new StringBuilder();
        if (Caption is not null) sb.AppendLine(BidiControls.Neutralize(Caption));
        sb.AppendLine(string.Join(" | ", Columns.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        sb.AppendLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var row in cells)
            sb.AppendLine(string.Join(" | ", row.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        return sb.ToString();
    }
}
