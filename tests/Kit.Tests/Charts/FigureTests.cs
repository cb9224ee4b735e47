using System.Text.Json.Nodes;
using Kit.Charts;
using Kit.Tests.Support;

namespace Kit.Tests.Charts;

public class FigureTests
{
    private static readonly Figure Actors = Chart.Bar("Mentions", [("لافروف", 12), ("كيري", 30), ("Obama 2", 3)]);

    [Fact]
    public void Bar_chart_is_plotly_json_with_horizontal_bars_and_names_on_the_y_axis()
    {
        var json = JsonNode.Parse(Actors.ToPlotlyJson())!;
        var bar = json["data"]![0]!;
        Assert.Equal("bar", bar["type"]!.GetValue<string>());
        Assert.Equal("h", bar["orientation"]!.GetValue<string>());
        Assert.Equal(["\u200Fلافروف", "\u200Fكيري", "Obama 2"], bar["y"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal([12.0, 30.0, 3.0], bar["x"]!.AsArray().Select(v => v!.GetValue<double>()));
        // First bar at the top, as people read a ranking.
        Assert.Equal("reversed", json["layout"]!["yaxis"]!["autorange"]!.GetValue<string>());
    }

    [Fact]
    public void Labels_from_the_corpus_cannot_inject_markup_or_reorder_the_chart()
    {
        var fig = Chart.Bar("<b>x</b>", [("<img src=x onerror=alert(1)>", 1), ("\u202Eعكس", 2)], hoverTexts: ["</script><script>alert(2)</script>", "ok"]);
        string json = fig.ToPlotlyJson();
        Assert.DoesNotContain("<img", json);
        Assert.DoesNotContain("<b>", json);
        Assert.DoesNotContain("\u202E", json, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", json);
        string html = fig.ToHtml();
        Assert.DoesNotContain("</script><script>alert", html);
        // The script embeds JSON with < > & escaped, so no corpus text can close the script element.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "</script>"));
    }

    [Fact]
    public void The_same_figure_gives_the_same_bytes_and_a_different_one_a_different_element_id()
    {
        var again = Chart.Bar("Mentions", [("لافروف", 12), ("كيري", 30), ("Obama 2", 3)]);
        Assert.Equal(Actors.ToHtml(), again.ToHtml());
        var other = Chart.Bar("Mentions", [("لافروف", 13)]);
        Assert.NotEqual(IdOf(Actors.ToHtml()), IdOf(other.ToHtml()));
    }

    [Fact]
    public void Html_fallback_loads_the_pinned_plotly_js_unless_told_where_it_is()
    {
        Assert.Contains($"plotly.js-dist-min@{PlotlyScript.Version}/plotly.min.js", Actors.ToHtml());
        Assert.Contains("'file:///x/plotly.min.js'", Actors.ToHtml("file:///x/plotly.min.js"));
    }

    [Fact]
    public void In_a_notebook_a_figure_displays_as_plotly_json_with_html_and_text_fallbacks()
    {
        var output = MimeBundle.DisplayData(Actors);
        var data = output["data"]!.AsObject();
        Assert.Equal([Figure.PlotlyMimeType, "text/html", "text/plain"], data.Select(p => p.Key));
        // The plotly MIME type holds a JSON object (nbformat), not a string.
        Assert.Equal("bar", data[Figure.PlotlyMimeType]!["data"]![0]!["type"]!.GetValue<string>());
        Assert.Contains("Plotly.newPlot", data["text/html"]!.GetValue<string>());
        Assert.Matches("كيري +█{30} 30", data["text/plain"]!.GetValue<string>());
    }

    [Fact]
    public void Heatmap_writes_values_in_cells_and_refuses_a_grid_of_the_wrong_shape()
    {
        var fig = Chart.Heatmap("co", ["a", "b"], ["a", "b"], [[null, 2], [2, null]]);
        var trace = JsonNode.Parse(fig.ToPlotlyJson())!["data"]![0]!;
        Assert.Equal("heatmap", trace["type"]!.GetValue<string>());
        Assert.Equal("%{z}", trace["texttemplate"]!.GetValue<string>());
        Assert.Null(trace["z"]![0]![0]);
        Assert.Equal(2, trace["z"]![0]![1]!.GetValue<double>());
        Assert.Throws<ArgumentException>(() => Chart.Heatmap("bad", ["a"], ["a", "b"], [[1]]));
    }

    [Fact]
    public void Network_layout_is_deterministic_and_keeps_nodes_apart()
    {
        NetworkNode[] nodes = [new("ru", "روسيا", 40), new("us", "أمريكا", 35), new("sy", "سوريا", 30), new("ir", "إيران", 5)];
        NetworkEdge[] edges = [new("ru", "us", 10), new("ru", "sy", 6), new("us", "sy", 4)];
        string first = Chart.Network("net", nodes, edges).ToPlotlyJson();
        Assert.Equal(first, Chart.Network("net", nodes, edges).ToPlotlyJson());
        var points = NetworkLayout.Place(4, [(0, 1, 10), (0, 2, 6), (1, 2, 4)]);
        for (int i = 0; i < points.Count; i++)
        for (int j = i + 1; j < points.Count; j++)
            Assert.True(Math.Abs(points[i].X - points[j].X) + Math.Abs(points[i].Y - points[j].Y) > 0.1, $"nodes {i} and {j} overlap");
        var data = JsonNode.Parse(first)!["data"]!.AsArray();
        Assert.Equal(3, data.Count(t => t!["mode"]!.GetValue<string>() == "lines"));
        Assert.Equal(4, data.Single(t => t!["mode"]!.GetValue<string>() == "markers+text")!["x"]!.AsArray().Count);
    }

    private static string IdOf(string html) => System.Text.RegularExpressions.Regex.Match(html, "id=\"(kit-plot-[0-9a-f]+)\"").Groups[1].Value;
}

/// <summary>The text a chart falls back to where nothing draws it: numbers a reader can use, worked out by hand here.</summary>
public class FigureTextTests
{
    [Fact]
    public void A_heatmap_as_text_lists_its_strongest_pairs_once()
    {
        string[] actors = ["روسيا", "أمريكا", "سوريا"];
        double?[][] z = [[null, 16, 3], [16, null, 9], [3, 9, null]];
        var text = Chart.Heatmap("pairs", actors, actors, z).ToString();
        Assert.Equal("pairs\n3 × 3; the strongest 3 of 3:\nروسيا — أمريكا: 16\nأمريكا — سوريا: 9\nروسيا — سوريا: 3", text);
    }

    [Fact]
    public void A_network_as_text_lists_its_nodes_and_strongest_links()
    {
        NetworkNode[] nodes = [new("ru", "روسيا", 10), new("us", "<b>US</b>", 8), new("sy", "سوريا", 5)];
        NetworkEdge[] edges = [new("ru", "sy", 2), new("ru", "us", 16, "16 sentences")];
        var text = Chart.Network("who with whom", nodes, edges).ToString();
        Assert.Equal("who with whom\n3 nodes, 2 links:\nروسيا — <b>US</b>\nروسيا — سوريا", text);
    }
}
