namespace Kit.Charts;

/// <summary>Bars: one per label. Horizontal by default, so Arabic names sit on the y axis where they have room.</summary>
public sealed record BarTrace(
    IReadOnlyList<string> Labels,
    IReadOnlyList<double> Values,
    bool Horizontal = true,
    IReadOnlyList<string>? HoverTexts = null,
    string? Color = null,
    string? Name = null) : Trace(Name);
