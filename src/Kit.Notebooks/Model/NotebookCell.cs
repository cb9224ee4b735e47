using System.Text.Json.Nodes;

namespace Kit.Notebooks.Model;

/// <summary>One cell; Number is 1-based, as a student counts cells in the editor.</summary>
public sealed class NotebookCell
{
    internal NotebookCell(int number, JsonObject json)
    {
        Number = number;
        Json = json;
    }

    public int Number { get; }

    internal JsonObject Json { get; }

    public string CellType => Json["cell_type"]?.GetValue<string>() ?? "";

    public bool IsCode => CellType == "code";

    public string Id => Json["id"]?.GetValue<string>() ?? "";

    public string Source
    {
        get => NotebookJson.JoinSource(Json["source"]);
        set => Json["source"] = NotebookJson.SplitSource(value);
    }

    /// <summary>The cell's kernel: polyglot_notebook.kernelName, else dotnet_interactive.language, else a leading #! line.</summary>
    public string? Kernel
    {
        get
        {
            var meta = Json["metadata"];
            var name = meta?["polyglot_notebook"]?["kernelName"]?.GetValue<string>()
                ?? meta?["dotnet_interactive"]?["language"]?.GetValue<string>();
            if (name is not null) return name;
            var first = Source.TrimStart().Split('\n', 2)[0].Trim();
            return first.StartsWith("#!", StringComparison.Ordinal) && KnownKernels.Contains(first[2..]) ? first[2..] : null;
        }
    }

    internal static readonly HashSet<string> KnownKernels =
        ["csharp", "fsharp", "pwsh", "javascript", "html", "sql", "kql", "markdown", "mermaid", "value", "http", "python", "r"];

    public override string ToString() => $"cell {Number} ({CellType})";
}
