using System.Text;
using Kit.Display;
using Kit.Text;

namespace Kit.Normalization;

/// <summary>A normalized text displays as the original above the normalized form, then what each step changed.</summary>
internal sealed class NormalizationFormatters : FormatterSource
{
    protected override IEnumerable<KitFormatter> Formatters() => [HtmlView<NormalizedText>(NormalizedView)];

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
}
