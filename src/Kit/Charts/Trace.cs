namespace Kit.Charts;

/// <summary>One plotly.js trace: a set of marks drawn the same way (bars, heatmap cells, lines, markers).</summary>
public abstract record Trace(string? Name);
