using Kit.Charts;
using Kit.Corpus;
using Kit.Reporting;
using Kit.Tests.Charts;
using Kit.Tests.Support;

namespace Kit.Tests.Reporting;

/// <summary>The report as a reader opens it: offline, every chart drawn, no console error, no corpus script run.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class ReportBrowserTests
{
    private const string CountMarks = """
        () => [...document.querySelectorAll('.kit-figure')].map(div => {
            const points = div.querySelectorAll('g.trace.bars g.point path, g.trace.scatter path.point, g.hm image, g.heatmaplayer image').length;
            const expected = (div.data || []).reduce((n, t) => n + (t.type === 'bar' ? t.x.length : t.type === 'heatmap' ? 1 : (t.mode || '').includes('markers') ? t.x.length : 0), 0);
            return [points, expected];
        })
        """;

    [NeedsFact(Tool.Browser)]
    public async Task The_seeds_report_draws_every_chart_offline_with_no_console_error()
    {
        Needs.Ensure(Tool.Browser);
        using var temp = new TempFolder();
        var options = new ReportOptions { PlotlyJs = File.ReadAllText(Browser.PlotlyPath!) };
        var page = temp.File("report.html", CorpusReport.Build(Seeds.Corpus, options));
        var (marks, errors) = await Browser.OpenAsync(page, async (p, errors) => (await p.EvaluateAsync<int[][]>(CountMarks), errors));
        Assert.Empty(errors);
        Assert.True(marks.Length >= 5, $"{marks.Length} charts"); // terms, actors, heatmap, network, quotes per actor
        Assert.All(marks, m => { Assert.True(m[1] > 0); Assert.Equal(m[1], m[0]); });
    }

    [NeedsFact(Tool.Browser)]
    public async Task The_report_kit_run_writes_draws_every_chart_with_the_network_off()
    {
        Needs.Ensure(Tool.Browser);
        // What `kit run` writes to artifacts/report.html, with plotly.js from the copy vendored beside the command, no npm.
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "Assets", "plotly", "plotly.min.js"), PlotlyScript.FindLocalCopy(Path.GetTempPath()));
        using var temp = new TempFolder();
        string path = Kit.Cli.Commands.ReportCommand.Write(Kit.Files.KitPaths.Seeds, Path.Combine(temp.Path, "report.html"), "Report: the seed corpus");
        string html = File.ReadAllText(path);
        Assert.DoesNotContain("<script src=", html);
        var (marks, errors) = await Browser.OpenAsync(path, async (p, errors) => (await p.EvaluateAsync<int[][]>(CountMarks), errors), offline: true);
        Assert.Empty(errors);
        Assert.True(marks.Length >= 5, $"{marks.Length} charts");
        Assert.All(marks, m => { Assert.True(m[1] > 0); Assert.Equal(m[1], m[0]); });
    }

    [NeedsFact(Tool.Browser)]
    public async Task No_script_from_the_corpus_runs_in_the_report()
    {
        Needs.Ensure(Tool.Browser);
        using var temp = new TempFolder();
        string[] attacks =
        [
            "<script>window.__pwned = 1</script>",
            "<img src=x onerror=\"window.__pwned = 2\">",
            "</td></table><svg onload=\"window.__pwned = 3\"></svg>",
            "\u202E<b onmouseover=\"window.__pwned = 4\">روسيا</b>",
        ];
        var corpus = attacks.Select((a, i) => new Document($"doc{i}<script>window.__pwned=5</script>", $"قال كيري إن روسيا {a} وموسكو {a}.\nاقرأ أيضاً: {a}"));
        var options = new ReportOptions { PlotlyJs = File.ReadAllText(Browser.PlotlyPath!), Title = "<script>window.__pwned=6</script>" };
        var page = temp.File("hostile.html", CorpusReport.Build(corpus, options));
        var (pwned, errors) = await Browser.OpenAsync(page, async (p, errors) =>
        {
            await p.Mouse.MoveAsync(200, 300);
            return (await p.EvaluateAsync<bool>("() => window.__pwned !== undefined"), errors);
        });
        Assert.False(pwned, "a script from the corpus ran");
        Assert.Empty(errors);
    }
}
