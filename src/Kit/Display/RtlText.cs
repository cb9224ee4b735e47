using Kit.Text;

namespace Kit.Display;

/// <summary>Arabic text to show right-to-left, with optional highlighted spans (offsets into Text).</summary>
[TypeFormatterSource(typeof(DisplayFormatters))]
public sealed record RtlText(string Text, IReadOnlyList<Highlight>? Highlights = null)
{
    public string ToHtml()
    {
        var sb = new System.Text.StringBuilder("<div dir=\"rtl\" style=\"text-align:right;line-height:1.9;white-space:pre-wrap\">");
        int at = 0;
        foreach (var h in (Highlights ?? []).Where(h => 0 <= h.Span.Start && h.Span.Start <= h.Span.End && h.Span.End <= Text.Length).OrderBy(h => h.Span.Start))
        {
            if (h.Span.Start < at) continue; // overlapping highlights: the first wins
            sb.Append(Html.Escape(Text[at..h.Span.Start]));
            sb.Append("<mark title=\"").Append(Html.Escape(h.Label)).Append("\">")
              .Append(Html.Escape(h.Span.Of(Text))).Append("</mark>");
            at = h.Span.End;
        }
        sb.Append(Html.Escape(Text[at..]));
        return sb.Append("</div>").ToString();
    }

    public override string ToString() => Text;
}

/// <summary>A span to mark in a text, with a label shown on hover.</summary>
public sealed record Highlight(TextSpan Span, string? Label = null);
