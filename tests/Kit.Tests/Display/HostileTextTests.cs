using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Kit.Actors;
using Kit.Actors.Counting;
using Kit.Charts;
using Kit.Cooccurrence;
using Kit.Corpus;
using Kit.Display;
using Kit.Exercises;
using Kit.Normalization;
using Kit.Notebooks.Model;
using Kit.Notebooks.Running;
using Kit.Tests.Charts;
using Kit.Tests.Support;
using Kit.Text;
using Microsoft.DotNet.Interactive.Formatting;
using Html = Kit.Text.Html;

namespace Kit.Tests.Display;

/// <summary>
/// Corpus text is untrusted and ends up in HTML: every notebook view of the kit (and the runner's display of plain
/// values, and the charts' labels and hover text) is parsed and checked for markup that came from the corpus, then
/// opened in headless Chromium to prove that no script of the corpus runs, even when the mouse goes over everything.
/// </summary>
[Collection(BrowserCollection.Name)]
public class HostileTextTests
{
    private static readonly string[] Attacks =
    [
        "<script>window.__pwned = 1</script>",
        "<img src=x onerror=\"window.__pwned = 2\">",
        "</td></table></div><svg onload=\"window.__pwned = 3\"></svg>",
        "\u202E<b onmouseover=\"window.__pwned = 4\">روسيا</b>\u2066",
        "\"><script>window.__pwned = 5</script>",
        "' onmouseover='window.__pwned = 6' x='",
        "</script><script>window.__pwned = 7</script>",
        "&lt;script&gt;window.__pwned = 8&lt;/script&gt;",
        "<a href=\"javascript:window.__pwned = 9\">كيري</a>",
    ];

    private static readonly string[] Forbidden = ["script", "img", "svg", "iframe", "object", "embed", "link", "meta", "base", "form", "input", "a", "style"];

    private static TextCorpus HostileCorpus() => new(Attacks.Select((attack, i) => new Document(
        $"doc{i}{attack}",
        $"{attack} عنوان\n\nقال جون كيري إن روسيا {attack} وموسكو تتعاونان. وأكد لافروف \"{attack}\" في واشنطن.\nاقرأ أيضاً: {attack}\n")).ToList());

    /// <summary>Every kind of value a notebook displays through the kit's views, made from the hostile corpus.</summary>
    private static IEnumerable<(string Name, object Value)> Views()
    {
        var corpus = HostileCorpus();
        var cleaned = corpus.Clean();
        var mentions = MentionFinder.Default.Find(cleaned);
        var graph = Cooccurrences.Count(cleaned, Window.Sentence);
        var edge = graph.Edges.First();
        yield return ("corpus", corpus);
        yield return ("cleaned corpus", cleaned);
        foreach (var d in cleaned) yield return ($"document {d.Id}", d);
        yield return ("normalized", ArabicNormalizer.Standard.Normalize(cleaned[3].Text));
        yield return ("marked", Show.Marked(cleaned[1].Text, mentions.Where(m => m.Document == cleaned[1].Id).Select(m => new Highlight(m.Span, Attacks[4] + m.Actor))));
        yield return ("table", Show.Table(Attacks, (Attacks[0], a => a), ("length", a => a.Length)).WithCaption(Attacks[2]));
        yield return ("check", new CheckResult(Attacks[5], Attacks[1]));
        yield return ("actor counts", ActorCounts.Of(mentions));
        yield return ("document table", ActorCounts.Of(mentions).DocumentTable());
        yield return ("co-occurrence", graph);
        yield return ("edges", graph.TopEdges());
        yield return ("evidence", graph.Evidence(edge.A.Actor, edge.B.Actor));
        yield return ("one evidence", graph.Evidence(edge.A.Actor, edge.B.Actor)[0]);
        yield return ("bar chart", Chart.Bar(Attacks[0], Attacks.Select((a, i) => (a, (double)i + 1)), Attacks[6], hoverTexts: Attacks.Reverse()));
        yield return ("heatmap", Chart.Heatmap(Attacks[2], Attacks[..3], Attacks[3..6], [[1, 2, null], [3, null, 4], [5, 6, 7]]));
        yield return ("network", Chart.Network(Attacks[3],
            Attacks.Select((a, i) => new NetworkNode($"n{i}", a, i + 1, Hover: Attacks[^(i + 1)])).ToList(),
            [new NetworkEdge("n0", "n1", 2, Attacks[1]), new NetworkEdge("n2", "n3", 1, Attacks[7])]));
        yield return ("actor chart", ActorCounts.Of(mentions).Chart(title: Attacks[0]));
        yield return ("co-occurrence heatmap", CooccurrenceCharts.Heatmap(graph, 5, Measure.Count));
        yield return ("co-occurrence network", CooccurrenceCharts.Network(graph, 5, 1));
    }

    private static string HtmlOf(object value, string? plotly = null) =>
        value is Figure figure ? figure.ToHtml(plotly) : value.ToDisplayString("text/html");

    [Fact]
    public void Every_view_escapes_corpus_markup_and_neutralizes_bidi_controls()
    {
        var parser = new HtmlParser();
        foreach (var (name, value) in Views())
        {
            string html = HtmlOf(value);
            var page = parser.ParseDocument("<!doctype html><html><body>" + html + "</body></html>");
            foreach (var element in page.Body!.QuerySelectorAll("*"))
            {
                Assert.False(element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)), $"{name}: <{element.LocalName}> has an event attribute: {element.OuterHtml}");
                if (value is Figure && element.LocalName == "script") continue;
                Assert.False(Forbidden.Contains(element.LocalName), $"{name}: a <{element.LocalName}> element came from the corpus: {element.OuterHtml}");
            }
            Assert.DoesNotContain(page.Body.TextContent, c => BidiControls.Is(c));
            Assert.DoesNotContain(html, c => BidiControls.Is(c));
            if (value is Figure)
            {
                // The figure's own script holds the JSON with < > & escaped: no corpus text can close it or open another.
                var script = Assert.Single(page.Body.QuerySelectorAll("script"));
                Assert.DoesNotContain("<", script.TextContent);
            }
        }
    }

    [Fact]
    public void Corpus_text_shows_as_the_text_it_is()
    {
        var parser = new HtmlParser();
        var document = HostileCorpus()[0];
        var text = parser.ParseDocument(document.ToDisplayString("text/html")).Body!.TextContent;
        Assert.Contains($"doc0{Attacks[0]}", text);
        Assert.Contains($"قال جون كيري إن روسيا {Attacks[0]} وموسكو", text);
        // Already-escaped text stays as written: "&lt;" in the corpus shows as "&lt;", not as "<".
        var escaped = parser.ParseDocument(HostileCorpus()[7].ToDisplayString("text/html")).Body!.TextContent;
        Assert.Contains(Attacks[7], escaped);
    }

    [NeedsFact(Tool.Browser)]
    public async Task No_script_of_the_corpus_runs_in_any_view_or_chart_in_a_browser()
    {
        Needs.Ensure(Tool.Browser);
        using var temp = new TempFolder();
        string plotly = new Uri(Browser.PlotlyPath!).AbsoluteUri;
        var sections = Views().Select(v => $"<section><h3>{Html.Escape(v.Name)}</h3>{HtmlOf(v.Value, plotly)}</section>");
        sections = sections.Concat(RunnerDisplays().Select(html => $"<section><h3>runner</h3>{html}</section>"));
        var page = temp.File("hostile.html",
            $"<!doctype html><html><head><meta charset=\"utf-8\"><script src=\"{plotly}\"></script></head><body>{string.Concat(sections)}</body></html>");
        var (pwned, errors) = await Browser.OpenAsync(page, async (p, errors) =>
        {
            var loadErrors = errors.ToList(); // plotly's own handlers complain about the synthetic events below: not counted
            // Every element gets the events a reader's mouse and keyboard would send it.
            await p.EvaluateAsync("""
                () => document.querySelectorAll('body *').forEach(e => {
                    for (const type of ['mouseover', 'mouseenter', 'mousemove', 'click', 'focus', 'load', 'error'])
                        e.dispatchEvent(new Event(type, { bubbles: true }));
                })
                """);
            await p.Mouse.MoveAsync(300, 300);
            await p.WaitForTimeoutAsync(200);
            return (await p.EvaluateAsync<bool>("() => window.__pwned !== undefined"), loadErrors);
        });
        Assert.False(pwned, "a script from the corpus ran");
        Assert.Empty(errors);
    }

    [Fact]
    public void The_runner_displays_plain_values_holding_corpus_text_escaped()
    {
        var parser = new HtmlParser();
        var outputs = RunnerDisplays();
        Assert.True(outputs.Count >= 3, $"{outputs.Count} HTML outputs");
        foreach (var html in outputs)
        {
            var body = parser.ParseDocument("<!doctype html><html><body>" + html + "</body></html>").Body!;
            foreach (var element in body.QuerySelectorAll("*"))
            {
                Assert.False(element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)), element.OuterHtml);
                Assert.False(Forbidden.Contains(element.LocalName) && element.LocalName != "style", $"<{element.LocalName}> in a displayed value: {element.OuterHtml}");
            }
            Assert.Contains("window.__pwned", body.TextContent);
        }
    }

    // Values a student displays in a notebook without any kit type: the Formatting package's own HTML, through the runner.
    private static List<string> RunnerDisplays()
    {
        using var temp = new TempFolder();
        string attacks = string.Join(", ", Attacks.Select(a => System.Text.Json.JsonSerializer.Serialize(a)));
        var path = temp.File("nb/hostile.ipynb", NotebookFiles.Make(
            $"var attacks = new[] {{ {attacks} }};",
            "attacks",
            "display(attacks.Select(a => new { Text = a, Length = a.Length }).ToList());",
            "new Dictionary<string, string> { [attacks[0]] = attacks[1] }",
            "display(attacks[4]);"));
        var (executed, outcome) = new NotebookRunner().Run(NotebookJson.Read(path));
        Assert.True(outcome.Succeeded, string.Join("\n", outcome.Cells.Select(c => c.Error)));
        return ((JsonArray)executed["cells"]!).SelectMany(c => ((JsonArray?)c!["outputs"]) ?? [])
            .Select(o => o!["data"]?["text/html"])
            .Where(h => h is not null)
            .Select(h => h is JsonArray lines ? string.Concat(lines.Select(l => l!.GetValue<string>())) : h!.GetValue<string>())
            .ToList();
    }
}
