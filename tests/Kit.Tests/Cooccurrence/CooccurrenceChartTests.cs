using System.Text.Json.Nodes;
using Kit.Charts;
using Kit.Cooccurrence;

namespace Kit.Tests.Cooccurrence;

/// <summary>The co-occurrence charts as plotly JSON, on the hand-counted corpus of CooccurrenceCounterTests.</summary>
public class CooccurrenceChartTests
{
    private static readonly CooccurrenceGraph Graph = Cooccurrences.Count(CooccurrenceCounterTests.Tiny, Window.Sentence);

    [Fact]
    public void Heatmap_has_the_most_mentioned_actors_on_both_axes_and_counts_in_the_cells()
    {
        // Most mentioned: كيري 5, لافروف 4, then موسكو 2 (ties on mentions and windows go by id: moscow < russia < vladimir-putin).
        var trace = JsonNode.Parse(Graph.Heatmap(3).ToPlotlyJson())!["data"]![0]!;
        string[] names = ["\u200Fجون كيري", "\u200Fسيرغي لافروف", "\u200Fموسكو"];
        Assert.Equal(names, trace["x"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(names, trace["y"]!.AsArray().Select(v => v!.GetValue<string>()));
        double?[][] z = trace["z"]!.AsArray().Select(r => r!.AsArray().Select(v => v?.GetValue<double>()).ToArray()).ToArray();
        // kerry–lavrov 2 sentences, kerry–moscow 1, lavrov–moscow 1; the diagonal blank (no self-pairs).
        Assert.Equal([[null, 2, 1], [2, null, 1], [1, 1, null]], z);
        Assert.Equal("%{z}", trace["texttemplate"]!.GetValue<string>());
    }

    [Fact]
    public void Pmi_heatmap_leaves_pairs_never_seen_blank()
    {
        // Top 5: kerry, lavrov, moscow, russia, putin. kerry–russia never share a sentence: PMI would be −∞.
        var fig = Graph.Heatmap(5, Measure.Pmi);
        var trace = JsonNode.Parse(fig.ToPlotlyJson())!["data"]![0]!;
        var row = trace["z"]![0]!.AsArray().Select(v => v?.GetValue<double>()).ToArray();
        Assert.Null(row[0]);
        Assert.Equal(0.637430, row[1]!.Value, 6); // kerry–lavrov: log2(14/9)
        Assert.Null(row[3]);
        Assert.Equal("%{z:.2f}", trace["texttemplate"]!.GetValue<string>());
    }

    [Fact]
    public void Network_draws_a_node_per_actor_sized_by_mentions_and_a_line_per_pair_the_same_way_every_time()
    {
        var json = Graph.Network(top: 4).ToPlotlyJson();
        Assert.Equal(json, Cooccurrences.Count(CooccurrenceCounterTests.Tiny, Window.Sentence).Network(top: 4).ToPlotlyJson());
        var data = JsonNode.Parse(json)!["data"]!.AsArray();
        // Among kerry, lavrov, moscow, russia: kerry–lavrov, kerry–moscow, lavrov–moscow, lavrov–russia.
        var lines = data.Where(t => t!["mode"]!.GetValue<string>() == "lines").ToList();
        Assert.Equal(4, lines.Count);
        Assert.Equal([8.0, 4.5, 4.5, 4.5], lines.Select(l => l!["line"]!["width"]!.GetValue<double>()).OrderDescending()); // 1 + 7·count/2
        var nodes = data.Single(t => t!["mode"]!.GetValue<string>() == "markers+text")!;
        Assert.Equal(["\u200Fجون كيري", "\u200Fسيرغي لافروف", "\u200Fموسكو", "\u200Fروسيا"], nodes["text"]!.AsArray().Select(v => v!.GetValue<string>()));
        var sizes = nodes["marker"]!["size"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
        Assert.True(sizes[0] > sizes[1] && sizes[1] > sizes[2] && sizes[2] == sizes[3], string.Join(", ", sizes)); // 5, 4, 2, 2 mentions
        // Persons and places in different colours; each pair's count on hover at the middle of its line.
        var colors = nodes["marker"]!["color"]!.AsArray().Select(v => v!.GetValue<string>()).ToArray();
        Assert.Equal(colors[0], colors[1]);
        Assert.NotEqual(colors[0], colors[2]);
        var hovers = data.Single(t => t!["mode"]!.GetValue<string>() == "markers")!["hovertext"]!.AsArray().Select(v => v!.GetValue<string>());
        Assert.Contains("\u200Fجون كيري — سيرغي لافروف · 2 sentences · PMI 0.64", hovers);
    }

    [Fact]
    public void Network_can_leave_out_rare_pairs()
    {
        var data = JsonNode.Parse(Graph.Network(top: 4, minCount: 2).ToPlotlyJson())!["data"]!.AsArray();
        Assert.Single(data, t => t!["mode"]!.GetValue<string>() == "lines");
        Assert.Equal(4, data.Single(t => t!["mode"]!.GetValue<string>() == "markers+text")!["x"]!.AsArray().Count);
    }
}
