using System.Text.Json.Nodes;

namespace Kit.Notebooks.Model;

/// <summary>
/// An .ipynb notebook (nbformat 4) held as JSON, so that metadata the kit does not know survives a round trip.
/// </summary>
public sealed class Notebook
{
    internal Notebook(string path, JsonObject root, IReadOnlyList<NotebookCell> cells)
    {
        Path = path;
        Root = root;
        Cells = cells;
    }

    public string Path { get; }

    internal JsonObject Root { get; }

    public IReadOnlyList<NotebookCell> Cells { get; }

    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary>The kernel a cell runs in when it does not say: the notebook's defaultKernelName, else csharp.</summary>
    public string DefaultKernel =>
        Root["metadata"]?["polyglot_notebook"]?["kernelInfo"]?["defaultKernelName"]?.GetValue<string>() ?? "csharp";

    public IEnumerable<NotebookCell> CodeCells => Cells.Where(c => c.IsCode);
}
