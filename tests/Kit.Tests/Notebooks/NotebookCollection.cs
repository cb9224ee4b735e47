namespace Kit.Tests.Notebooks;

/// <summary>Notebook runs change the process's working directory and console: they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection
{
    public const string Name = "notebooks";
}
