namespace Kit.Notebooks.Running;

/// <summary>How one code cell went.</summary>
public sealed record CellOutcome(int Cell, bool Succeeded, TimeSpan Duration, string? Error = null, int? Line = null, bool Compiled = true)
{
    /// <summary>"cell 4, line 2: ..." — what a student needs to find the failure.</summary>
    public string Where => Line is int l ? $"cell {Cell}, line {l}" : $"cell {Cell}";

    /// <summary>Time Roslyn took to compile the cell (parse, bind, emit, load).</summary>
    public TimeSpan Compilation { get; init; }

    /// <summary>Time the compiled cell took to run and display its value: the analysis itself.</summary>
    public TimeSpan Execution { get; init; }
}

/// <summary>How one notebook went, and where its executed copy was written.</summary>
public sealed record NotebookOutcome(string Notebook, string? OutputPath, IReadOnlyList<CellOutcome> Cells, TimeSpan Duration, string? Error = null)
{
    public bool Succeeded => Error is null && Cells.All(c => c.Succeeded);

    public int FailedCells => Cells.Count(c => !c.Succeeded);

    /// <summary>Time spent compiling cells, over the whole notebook.</summary>
    public TimeSpan Compilation => TimeSpan.FromTicks(Cells.Sum(c => c.Compilation.Ticks));

    /// <summary>Time spent running cells (the analysis), over the whole notebook.</summary>
    public TimeSpan Execution => TimeSpan.FromTicks(Cells.Sum(c => c.Execution.Ticks));
}
