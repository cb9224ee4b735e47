using Kit.Corpus;
using Kit.Reporting;
using Kit.Tests.Support;

namespace Kit.Tests.Reporting;

public class CorpusReportTests
{
    private static string SeedsReport() => CorpusReport.Build(Seeds.Corpus, new ReportOptions { Title = "seeds" });

    [Fact]
    public void The_same_corpus_gives_byte_identical_reports()
    {
        Assert.Equal(SeedsReport(), SeedsReport());
    }

    [Fact]
    public void The_report_has_every_section_and_the_facts_of_the_seeds()
    {
        string html = SeedsReport();
        foreach (var id in new[] { "documents", "cleaning", "terms", "actors", "cooccurrence", "quotes" })
            Assert.Contains($"<section id=\"{id}\">", html);
        Assert.Contains("5 documents, 15,205 characters", html); // the seeds' sizes (wc -m on the five files)
        Assert.Contains("read-also", html);                       // 002's two "اقرأ أيضاً" lines
        Assert.Contains("John Kerry", html);
        Assert.Contains("dir=\"rtl\"", html);
        Assert.Contains("كيري", html[html.IndexOf("<section id=\"cooccurrence\">", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void Without_a_local_plotly_the_report_says_it_needs_the_cdn_and_with_one_it_inlines_it()
    {
        string online = SeedsReport();
        Assert.Contains("they need an internet connection", online);
        Assert.Contains(Kit.Charts.PlotlyScript.CdnUrl, online);
        string offline = CorpusReport.Build(Seeds.Corpus, new ReportOptions { PlotlyJs = "window.Plotly={newPlot:function(){}};" });
        Assert.DoesNotContain("cdn.jsdelivr", offline);
        Assert.Contains("<script>window.Plotly={newPlot:function(){}};</script>", offline);
    }

    [Fact]
    public void Corpus_text_cannot_inject_markup_into_the_report()
    {
        var hostile = new Document("x<img src=1 onerror=alert(1)>",
            "اقرأ أيضاً: <script>alert('x')</script>\nقال كيري </td></table><img src=x onerror=alert(2)> إن روسيا \u202Eمعكوس\u202C.");
        string html = CorpusReport.Build([hostile]);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src", html);
        Assert.DoesNotContain("</td></table><img", html);
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
        Assert.Contains("x&lt;img src=1 onerror=alert(1)&gt;", html);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", html);
    }

    [Fact]
    public void Kit_report_answers_bad_input_with_one_line_and_writes_nothing()
    {
        using var temp = new TempFolder();
        var folderAsOut = ChildProcess.Kit(temp.Path, null, "report", Kit.Files.KitPaths.Seeds, "--out", temp.Path);
        Assert.Equal(2, folderAsOut.ExitCode);
        Assert.Equal($"kit: {temp.Path}: is a folder; give --out a file name such as {Path.Combine(temp.Path, "report.html")}.", folderAsOut.Stderr.Trim());
        var missing = ChildProcess.Kit(temp.Path, null, "report", Path.Combine(temp.Path, "nope"), "--out", Path.Combine(temp.Path, "r.html"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal($"kit: {Path.Combine(temp.Path, "nope")}: no such folder.", missing.Stderr.Trim());
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }
}
