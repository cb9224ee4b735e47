namespace Kit.Notebooks.Running;

public sealed record RunnerOptions
{
    /// <summary>A cell that runs longer than this fails; its kernel is stopped and the rest of its notebook is not run.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>How long a fresh kernel may take to start (the first start on a machine JIT-compiles the tool).</summary>
    public TimeSpan KernelStartTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Outputs of every kind beyond this many characters per cell are cut, with a note.</summary>
    public int MaxOutputCharacters { get; init; } = 100_000;

    /// <summary>Outputs beyond this many per cell (displays, streams, values) are dropped, with a note.</summary>
    public int MaxOutputsPerCell { get; init; } = 100;

    /// <summary>The kernel's GC heap limit: a cell that allocates past it gets an OutOfMemoryException. 0: no limit.</summary>
    public long MemoryLimitBytes { get; init; } = 2L << 30;

    /// <summary>Called as notebooks and cells start and finish (for progress lines).</summary>
    public Action<RunEvent>? OnEvent { get; init; }
}

/// <summary>A progress event: a notebook (Cell null) or a cell started, or a cell finished (Outcome set).</summary>
public sealed record RunEvent(string Notebook, int? Cell, int CellCount, CellOutcome? Outcome);
