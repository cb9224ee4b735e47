using System.Globalization;

namespace Kit.Notebooks.Running;

public sealed record RunnerOptions
{
    /// <summary>The culture cells run in: invariant by default, so numbers print alike on every machine and executed notebooks keep the same bytes.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>A cell that runs longer than this fails, and the rest of its notebook is not run.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Console output beyond this many characters per cell is cut, with a note.</summary>
    public int MaxOutputCharacters { get; init; } = 100_000;

    /// <summary>Called as cells start and finish (for progress lines).</summary>
    public Action<RunEvent>? OnEvent { get; init; }
}

/// <summary>A progress event: a notebook or a cell started or finished.</summary>
public sealed record RunEvent(string Notebook, int? Cell, int CellCount, CellOutcome? Outcome);
