using Kit.Charts;
using Kit.Cooccurrence;
using Kit.Tests.Charts;
using Kit.Tests.Support;

namespace Kit.Tests.Cooccurrence;

/// <summary>The co-occurrence charts of the seeds as a student sees them: drawn by plotly.js in headless Chromium.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class CooccurrenceBrowserTests
{
    private static readonly CooccurrenceGraph Graph = Cooccurrences.Count(Seeds.Corpus.Clean(), Window.Sentence);

    [NeedsFact(Tool.Browser)]
    public async Task Heatmap_writes_a_value_in_every_cell_but_the_diagonal_and_names_both_axes()
    {
        Needs.Ensure(Tool.Browser);
        const int top = 6;
        var names = Graph.Nodes.Take(top).Select(n => n.Name).ToList();
        using var temp = new TempFolder();
        var page = Browser.PageWithFigures(temp, Graph.Heatmap(top));
        var (cells, x, y, errors) = await Browser.OpenAsync(page, async (p, errors) => (
            await p.EvaluateAsync<string[]>("() => [...document.querySelectorAll('g.hm text')].map(t => t.textContent)"),
            await p.EvaluateAsync<string[]>("() => [...document.querySelectorAll('g.xtick text')].map(t => t.textContent)"),
            await p.EvaluateAsync<string[]>("() => [...document.querySelectorAll('g.ytick text')].map(t => t.textContent)"),
            errors));
        Assert.Empty(errors);
        Assert.Equal(top * top - top, cells.Length);
        var expected = Graph.Nodes.Take(top).SelectMany(a => Graph.Nodes.Take(top).Where(b => b != a).Select(b => Graph.Count(a.Actor, b.Actor).ToString()));
        Assert.Equal(expected.Order(), cells.Order());
        Assert.Equal(names.Order(), x.Select(t => t.TrimStart(ChartText.RightToLeftMark)).Order());
        Assert.Equal(names.Order(), y.Select(t => t.TrimStart(ChartText.RightToLeftMark)).Order());
    }

    [NeedsFact(Tool.Browser)]
    public async Task Network_draws_one_marker_per_actor_and_one_line_per_pair()
    {
        Needs.Ensure(Tool.Browser);
        const int top = 8;
        var shown = Graph.Nodes.Take(top).Select(n => n.Actor).ToHashSet();
        int pairs = Graph.Edges.Count(e => shown.Contains(e.A.Actor) && shown.Contains(e.B.Actor));
        using var temp = new TempFolder();
        var page = Browser.PageWithFigures(temp, Graph.Network(top));
        var (labels, markers, lines, errors) = await Browser.OpenAsync(page, async (p, errors) => (
            await p.EvaluateAsync<string[]>("() => [...document.querySelectorAll('g.textpoint')].map(t => t.textContent)"),
            await p.Locator("g.trace.scatter path.point").CountAsync(),
            await p.Locator("g.trace.scatter path.js-line").CountAsync(),
            errors));
        Assert.Empty(errors);
        Assert.Equal(Graph.Nodes.Take(top).Select(n => n.Name), labels.Select(l => l.TrimStart(ChartText.RightToLeftMark)));
        Assert.Equal(top + pairs, markers); // a marker per actor, and an invisible one per line that carries its hover text
        Assert.Equal(pairs, lines);
        Assert.True(pairs > top, $"only {pairs} pairs among the top {top}");
    }

    [NeedsFact(Tool.Browser)]
    public async Task Hovering_the_middle_of_a_line_names_the_pair_and_its_count()
    {
        Needs.Ensure(Tool.Browser);
        // The three most mentioned persons (كيري, بوتين, الأسد) and their pairs seen in three sentences or more: one line,
        // whose invisible middle marker is the second trace's only point.
        var graph = Cooccurrences.Count(Seeds.Corpus.Clean(), new CooccurrenceOptions(Types: [Kit.Actors.ActorType.Person], MinCount: 3));
        using var temp = new TempFolder();
        var page = Browser.PageWithFigures(temp, graph.Network(top: 3, minCount: 3));
        var label = await Browser.OpenAsync(page, async (p, _) =>
        {
            var middle = await p.Locator("g.trace.scatter").Nth(1).Locator("path.point").BoundingBoxAsync();
            await p.Mouse.MoveAsync(middle!.X + middle.Width / 2, middle.Y + middle.Height / 2);
            await p.WaitForTimeoutAsync(300);
            return await p.EvaluateAsync<string>("() => [...document.querySelectorAll('g.hovertext text')].map(t => t.textContent).join(' ')");
        });
        // Read in the seeds: كيري and الأسد share three sentences, one in 000 (… الأسد at its end) and two in 001.
        Assert.Contains("3 sentences", label);
        Assert.Contains("جون كيري", label);
    }
}
