namespace Kit.Charts;

/// <summary>
/// Points or lines. A null coordinate breaks a line, so several lines can share one trace.
/// MarkerOpacity 0 draws nothing but still answers hover, which is how a line gets hover text. TextPositions (plotly's
/// "top center", "middle right", …) place each point's label; without them every label sits above its point.
/// </summary>
public sealed record ScatterTrace(
    IReadOnlyList<double?> X,
    IReadOnlyList<double?> Y,
    ScatterMode Mode,
    IReadOnlyList<string>? Texts = null,
    IReadOnlyList<string>? HoverTexts = null,
    IReadOnlyList<double>? MarkerSizes = null,
    IReadOnlyList<string>? MarkerColors = null,
    double LineWidth = 1,
    string? Color = null,
    string? Name = null,
    double? MarkerOpacity = null,
    IReadOnlyList<string>? TextPositions = null) : Trace(Name);

/// <summary>How a scatter trace is drawn.</summary>
public enum ScatterMode
{
    Lines,
    Markers,
    MarkersAndText,
}
