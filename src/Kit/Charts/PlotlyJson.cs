using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kit.Text;

namespace Kit.Charts;

/// <summary>Writes a Figure as plotly.js figure JSON ({"data":[…],"layout":{…}}), the same bytes for the same figure.</summary>
public static class PlotlyJson
{
    /// <param name="forScript">Escape &lt; &gt; &amp; and non-ASCII, so the JSON can sit inside an HTML &lt;script&gt; element.</param>
    public static string Write(Figure figure, bool forScript = false, bool indented = false)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions
        {
            Indented = indented,
            Encoder = forScript ? Html.ScriptJson : JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using (var w = new Utf8JsonWriter(stream, options))
        {
            w.WriteStartObject();
            w.WriteStartArray("data");
            foreach (var trace in figure.Traces) WriteTrace(w, trace);
            w.WriteEndArray();
            WriteLayout(w, figure.Layout);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteTrace(Utf8JsonWriter w, Trace trace)
    {
        w.WriteStartObject();
        switch (trace)
        {
            case BarTrace bar:
                w.WriteString("type", "bar");
                w.WriteString("orientation", bar.Horizontal ? "h" : "v");
                var labels = bar.Labels.Select(ChartText.Label).ToList();
                WriteStrings(w, bar.Horizontal ? "y" : "x", labels);
                WriteNumbers(w, bar.Horizontal ? "x" : "y", bar.Values.Select(v => (double?)v));
                w.WriteString("textposition", "auto");
                WriteStrings(w, "text", bar.Values.Select(FormatNumber));
                if (bar.HoverTexts is { } hover)
                {
                    WriteStrings(w, "hovertext", hover.Select(ChartText.Label));
                    w.WriteString("hoverinfo", "text");
                }
                if (bar.Color is { } barColor) { w.WriteStartObject("marker"); w.WriteString("color", barColor); w.WriteEndObject(); }
                break;
            case HeatmapTrace heat:
                w.WriteString("type", "heatmap");
                WriteStrings(w, "x", heat.Columns.Select(ChartText.Label));
                WriteStrings(w, "y", heat.Rows.Select(ChartText.Label));
                w.WriteStartArray("z");
                foreach (var row in heat.Z) WriteNumbers(w, null, row);
                w.WriteEndArray();
                w.WriteString("texttemplate", heat.ValueFormat);
                w.WriteString("colorscale", heat.ColorScale);
                w.WriteBoolean("reversescale", true);
                w.WriteString("hovertemplate", "%{y} · %{x}: %{z}<extra></extra>");
                break;
            case ScatterTrace s:
                w.WriteString("type", "scatter");
                w.WriteString("mode", s.Mode switch { ScatterMode.Lines => "lines", ScatterMode.Markers => "markers", _ => "markers+text" });
                WriteNumbers(w, "x", s.X);
                WriteNumbers(w, "y", s.Y);
                if (s.Texts is { } texts)
                {
                    WriteStrings(w, "text", texts.Select(ChartText.Label));
                    if (s.TextPositions is { } positions) WriteStrings(w, "textposition", positions);
                    else w.WriteString("textposition", "top center");
                }
                if (s.HoverTexts is { } hovers) { WriteStrings(w, "hovertext", hovers.Select(ChartText.Label)); w.WriteString("hoverinfo", "text"); }
                else if (s.Mode == ScatterMode.Lines) w.WriteString("hoverinfo", "skip");
                if (s.Mode == ScatterMode.Lines)
                {
                    w.WriteStartObject("line");
                    w.WriteNumber("width", s.LineWidth);
                    w.WriteString("color", s.Color ?? "#9e9e9e");
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteStartObject("marker");
                    if (s.MarkerSizes is { } sizes) WriteNumbers(w, "size", sizes.Select(v => (double?)v));
                    if (s.MarkerColors is { } colors) WriteStrings(w, "color", colors);
                    else if (s.Color is { } color) w.WriteString("color", color);
                    if (s.MarkerOpacity is { } opacity) w.WriteNumber("opacity", opacity);
                    w.WriteEndObject();
                }
                break;
            default:
                throw new NotSupportedException($"No plotly form for {trace.GetType().Name}.");
        }
        if (trace.Name is { } name) w.WriteString("name", ChartText.Label(name));
        w.WriteEndObject();
    }

    private static void WriteLayout(Utf8JsonWriter w, FigureLayout layout)
    {
        w.WriteStartObject("layout");
        w.WriteStartObject("title");
        w.WriteString("text", ChartText.Label(layout.Title));
        w.WriteEndObject();
        w.WriteNumber("height", layout.Height);
        w.WriteBoolean("showlegend", layout.ShowLegend);
        w.WriteStartObject("margin");
        w.WriteNumber("l", layout.LeftMargin);
        w.WriteNumber("r", 30);
        w.WriteNumber("t", 60);
        w.WriteNumber("b", 50);
        w.WriteEndObject();
        w.WriteStartObject("font");
        w.WriteString("family", "'Noto Naskh Arabic', 'Segoe UI', Tahoma, sans-serif");
        w.WriteEndObject();
        WriteAxis(w, "xaxis", layout.XTitle, layout.ShowAxes, reversed: false);
        WriteAxis(w, "yaxis", layout.YTitle, layout.ShowAxes, reversed: layout.FirstCategoryOnTop);
        w.WriteEndObject();
    }

    private static void WriteAxis(Utf8JsonWriter w, string name, string? title, bool show, bool reversed)
    {
        w.WriteStartObject(name);
        if (title is not null) { w.WriteStartObject("title"); w.WriteString("text", ChartText.Label(title)); w.WriteEndObject(); }
        if (!show)
        {
            w.WriteBoolean("visible", false);
        }
        w.WriteBoolean("automargin", true);
        if (reversed) w.WriteString("autorange", "reversed");
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static void WriteNumbers(Utf8JsonWriter w, string? name, IEnumerable<double?> values)
    {
        if (name is null) w.WriteStartArray(); else w.WriteStartArray(name);
        foreach (var v in values)
        {
            if (v is { } d && double.IsFinite(d)) w.WriteNumberValue(Math.Round(d, 6));
            else w.WriteNullValue();
        }
        w.WriteEndArray();
    }

    internal static string FormatNumber(double v) => Math.Round(v, 3).ToString("0.###", CultureInfo.InvariantCulture);
}
