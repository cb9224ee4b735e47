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
        var page = new StringWriter();
        Write(page, options, documents, sections);
        return page.ToString();
    }

    /// <summary>The page, written piece by piece (kit report streams it to its file: a page with plotly.js is megabytes).</summary>
    public static void Write(TextWriter page, ReportOptions options, int documents, IEnumerable<IReportSection> sections)
    {
        var context = new ReportContext(options, documents);
        var list = sections.ToList();
        page.Write("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Write(CorpusReport.GeneratorMarker);
        page.Write('\n');
        page.Write("<title>" + Html.Escape(options.Title) + "</title>\n<style>" + Styles + "</style>\n");
        if (options.PlotlyJs is { } js)
        {
            page.Write("<script>");
            page.Write(Html.ScriptText(js));
            page.Write("</script>\n");
        }
        else
            page.Write("<script src=\"" + PlotlyScript.CdnUrl + "\"></script>\n");
        page.Write("</head>\n<body>\n<h1>" + Html.Escape(options.Title) + "</h1>\n");
        if (options.Source is { } source) page.Write("<p class=\"muted\">" + Html.Escape(source) + "</p>\n");
        if (options.PlotlyJs is null)
            page.Write("<p class=\"note\">The charts load plotly.js " + PlotlyScript.Version + " from " + Html.Escape(PlotlyScript.CdnUrl)
                + ": they need an internet connection (the copy that travels with the kit command, Assets/plotly/plotly.min.js, was not found).</p>\n");
        page.Write("<nav>");
        foreach (var s in list) page.Write("<a href=\"#" + s.Id + "\">" + Html.Escape(s.Title) + "</a>");
        page.Write("</nav>\n");
        foreach (var s in list)
        {
            page.Write("<section id=\"" + s.Id + "\">\n<h2>" + Html.Escape(s.Title) + "</h2>\n");
            page.Write(s.ToHtml(context));
            page.Write("\n</section>\n");
        }
        page.Write("</body>\n</html>\n");
    }
}
