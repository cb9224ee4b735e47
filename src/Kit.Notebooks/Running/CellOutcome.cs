namespace Kit.Notebooks.Running;

/// <summary>How one code cell went.</summary>
public sealed record CellOutcome(int Cell, bool Succeeded, TimeSpan Duration, string? Error = null, int? Line = null, bool Compiled = true)
{
    /// <summary>"cell 4, line 2: ..." — what a student needs to find the failure.</summary>
    public string Where => Line is int l ? $"cell {Cell}, line {l}" : $"cell {Cell}";
}

/// <summary>How one notebook went, and where its executed copy was written.</summary>
public sealed record NotebookOutcome(string Notebook, string? OutputPath, IReadOnlyList<CellOutcome> Cells, TimeSpan Duration, string? Error = null)
{
    public bool Succeeded => Error is null && Cells.All(c => c.Succeeded);

    public int FailedCells => Cells.Count(c => !c.Succeeded);
}
