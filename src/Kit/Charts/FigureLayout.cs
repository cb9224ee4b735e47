namespace Kit.Charts;

/// <summary>The figure's frame: title, size, axis titles, and whether axes show at all (a network hides them).</summary>
public sealed record FigureLayout(
    string Title,
    int Height = 420,
    string? XTitle = null,
    string? YTitle = null,
    bool ShowAxes = true,
    bool FirstCategoryOnTop = false,
    int LeftMargin = 80,
    bool ShowLegend = false);
