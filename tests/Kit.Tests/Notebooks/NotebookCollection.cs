namespace Kit.Tests.Notebooks;

/// <summary>Notebook runs and kit commands run in-process change the working directory and the console: they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection
{
    public const string Name = "notebooks";
}
