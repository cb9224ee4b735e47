namespace Kit.Notebooks.Running;

/// <summary>
/// How one code cell went. Cell is its place among all cells (as the editor counts); ExecutionCount the In [n] the
/// notebook shows for it after a run from the top.
/// </summary>
public sealed record CellOutcome(int Cell, int ExecutionCount, bool Succeeded, TimeSpan Duration, string? Error = null, int? Line = null, bool Compiled = true, bool Ran = true)
{
    /// <summary>"In [4], line 2" — what a student needs to find the failure.</summary>
    public string Where => Line is int l ? $"In [{ExecutionCount}], line {l}" : $"In [{ExecutionCount}]";
}

/// <summary>How one notebook went, and where its executed copy was written.</summary>
public sealed record NotebookOutcome(string Notebook, string? OutputPath, IReadOnlyList<CellOutcome> Cells, TimeSpan Duration, string? Error = null)
{
    public bool Succeeded => Error is null && Cells.All(c => c.Succeeded);

    public int FailedCells => Cells.Count(c => !c.Succeeded);

    /// <summary>Time the kernel took to start (a fresh process for each notebook).</summary>
    public TimeSpan KernelStart { get; init; }

    /// <summary>Something to know about the kernel that is not a failure (its memory per cell could not be kept flat).</summary>
    public string? KernelNote { get; init; }

    /// <summary>Time the cells took, compilation and analysis together (the kernel does not tell them apart).</summary>
    public TimeSpan CellTime => TimeSpan.FromTicks(Cells.Sum(c => c.Duration.Ticks));
}
