using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kit.Notebooks.Model;

/// <summary>Reading and writing .ipynb JSON: strict reading with clear errors, deterministic atomic writing.</summary>
public static class NotebookJson
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Notebook Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new NotebookFormatException($"{path}: cannot read the notebook ({e.Message})", e);
        }
        return Parse(text, path);
    }

    public static Notebook Parse(string json, string path)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            throw new NotebookFormatException($"{path}: not valid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}.", e);
        }
        if (node is not JsonObject root)
            throw new NotebookFormatException($"{path}: a notebook is a JSON object, this file holds {node?.GetValueKind().ToString() ?? "null"}.");
        int major = root["nbformat"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : -1;
        if (major != 4)
            throw new NotebookFormatException($"{path}: nbformat {(major < 0 ? "is missing" : major.ToString())}; the kit reads nbformat 4 (save it from VS Code or Jupyter to upgrade).");
        if (root["cells"] is not JsonArray cells)
            throw new NotebookFormatException($"{path}: has no \"cells\" array.");
        var list = new List<NotebookCell>();
        for (int i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not JsonObject cell)
                throw new NotebookFormatException($"{path}: cell {i + 1} is not a JSON object.");
            if (cell["cell_type"] is not JsonValue type || type.GetValueKind() != JsonValueKind.String)
                throw new NotebookFormatException($"{path}: cell {i + 1} has no \"cell_type\".");
            if (cell["source"] is not (JsonArray or JsonValue))
                throw new NotebookFormatException($"{path}: cell {i + 1} has no \"source\".");
            list.Add(new NotebookCell(i + 1, cell));
        }
        return new Notebook(path, root, list);
    }

    /// <summary>The notebook as JSON text, the way Jupyter writes it (one-space indent, trailing newline).</summary>
    public static string Serialize(JsonObject root) => root.ToJsonString(WriteOptions) + "\n";

    /// <summary>Writes through a temporary file and a rename, so a reader never sees half a notebook.</summary>
    public static void WriteAtomically(string path, string content)
    {
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        var temp = System.IO.Path.Combine(dir, $".{System.IO.Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            File.WriteAllText(temp, content, new UTF8Encoding(false));
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    internal static string JoinSource(JsonNode? source) => source switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>() ?? "")),
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        _ => "",
    };

    /// <summary>nbformat's multiline string: a list of lines, each ending in "\n" but the last.</summary>
    internal static JsonArray SplitSource(string text)
    {
        var array = new JsonArray();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            array.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length) array.Add(text[start..]);
        return array;
    }
}
