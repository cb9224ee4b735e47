using Kit.Charts;
using Kit.Tests.Support;

namespace Kit.Tests.Charts;

/// <summary>The charts as a student sees them: drawn by plotly.js in headless Chromium.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public class ChartBrowserTests
{
    [NeedsFact(Tool.Browser)]
    public async Task Bar_chart_draws_one_bar_per_actor_with_its_arabic_name()
    {
        Needs.Ensure(Tool.Browser);
        (string Label, double Value)[] bars = [("سيرغي لافروف", 22), ("جون كيري", 30), ("روسيا", 41), ("واشنطن بوست", 2), ("<b>x</b>", 1)];
        using var temp = new TempFolder();
        var page = Browser.PageWithFigures(temp, Chart.Bar("mentions", bars));
        var (count, labels, errors) = await Browser.OpenAsync(page, async (p, errors) =>
        {
            int n = await p.Locator("g.trace.bars g.point path").CountAsync();
            // Tick labels from the top of the chart down.
            var ticks = await p.EvaluateAsync<string[]>(
                "() => [...document.querySelectorAll('g.ytick text')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).map(t => t.textContent)");
            return (n, ticks, errors);
        });
        Assert.Empty(errors);
        Assert.Equal(bars.Length, count);
        Assert.Equal(bars.Select(b => b.Label), labels.Select(l => l.TrimStart(ChartText.RightToLeftMark)));
    }

    [NeedsFact(Tool.Browser)]
    public async Task Actor_counts_of_the_seeds_draw_one_bar_per_actor()
    {
        Needs.Ensure(Tool.Browser);
        var counts = Kit.Actors.Counting.ActorCounts.Of(Kit.Actors.MentionFinder.Default.Find(Seeds.Corpus));
        var top = counts.Top(12).ToList();
        using var temp = new TempFolder();
        var page = Browser.PageWithFigures(temp, counts.Chart(top: 12));
        var (bars, labels, errors) = await Browser.OpenAsync(page, async (p, errors) =>
            (await p.Locator("g.trace.bars g.point path").CountAsync(), await p.Locator("g.ytick text").AllTextContentsAsync(), errors));
        Assert.Empty(errors);
        Assert.Equal(top.Count, bars);
        Assert.Equal(top.Select(t => t.Name).Order(), labels.Select(l => l.TrimStart(ChartText.RightToLeftMark)).Order());
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection
{
    public const string Name = "browser";
}
