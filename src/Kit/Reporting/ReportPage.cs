using System.Text;
using Kit.Charts;
using Kit.Text;

namespace Kit.Reporting;

/// <summary>The standalone HTML page around the sections: styles, plotly.js (inlined or from the CDN), a table of contents.</summary>
internal static class ReportPage
{
    private const string Styles = """
        body{font-family:'Noto Naskh Arabic','Segoe UI',Tahoma,sans-serif;margin:0 auto;max-width:1100px;padding:16px 24px;color:#222}
        h1{margin-bottom:4px} h2{border-bottom:2px solid #1f77b4;padding-bottom:4px;margin-top:36px}
        nav a{margin-right:14px} .note{background:#fff8e1;border-left:4px solid #f9a825;padding:6px 10px}
        table.kit-table{border-collapse:collapse;margin:8px 0;font-size:14px} table.kit-table td,table.kit-table th{border:1px solid #ddd;padding:3px 8px;vertical-align:top}
        table.kit-table th{background:#f3f6fa} caption{caption-side:top;text-align:left;color:#555;padding:4px 0}
        .kit-figure{margin:8px 0} .muted{color:#666;font-size:13px}
        """;

    public static string Write(ReportOptions options, int documents, IEnumerable<IReportSection> sections)
    {
        var context = new ReportContext(options, documents);
        var list = sections.ToList();
        var sb = new StringBuilder("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n").Append(CorpusReport.GeneratorMarker).Append('\n');
        sb.Append("<title>").Append(Html.Escape(options.Title)).Append("</title>\n<style>").Append(Styles).Append("</style>\n");
        if (options.PlotlyJs is { } js)
            sb.Append("<script>").Append(Html.ScriptText(js)).Append("</script>\n");
        else
            sb.Append("<script src=\"").Append(PlotlyScript.CdnUrl).Append("\"></script>\n");
        sb.Append("</head>\n<body>\n<h1>").Append(Html.Escape(options.Title)).Append("</h1>\n");
        if (options.Source is { } source) sb.Append("<p class=\"muted\">").Append(Html.Escape(source)).Append("</p>\n");
        if (options.PlotlyJs is null)
            sb.Append("<p class=\"note\">The charts load plotly.js ").Append(PlotlyScript.Version)
              .Append(" from ").Append(Html.Escape(PlotlyScript.CdnUrl))
              .Append(": they need an internet connection (the copy that travels with the kit command, Assets/plotly/plotly.min.js, was not found).</p>\n");
        sb.Append("<nav>");
        foreach (var s in list) sb.Append("<a href=\"#").Append(s.Id).Append("\">").Append(Html.Escape(s.Title)).Append("</a>");
        sb.Append("</nav>\n");
        foreach (var s in list)
        {
            sb.Append("<section id=\"").Append(s.Id).Append("\">\n<h2>").Append(Html.Escape(s.Title)).Append("</h2>\n");
            sb.Append(s.ToHtml(context)).Append("\n</section>\n");
        }
        return sb.Append("</body>\n</html>\n").ToString();
    }
}
