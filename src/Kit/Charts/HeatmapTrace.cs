namespace Kit.Charts;

/// <summary>A grid of values, Z[row][column], with the value written in each cell.</summary>
public sealed record HeatmapTrace(
    IReadOnlyList<string> Columns,
    IReadOnlyList<string> Rows,
    IReadOnlyList<IReadOnlyList<double?>> Z,
    string ValueFormat = "%{z}",
    string ColorScale = "Blues",
    string? Name = null) : Trace(Name);
