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
            // Strict UTF-8: a bad byte in a cell's source is named, not silently replaced.
            text = Kit.Files.TextFiles.ReadUtf8(path);
        }
        catch (Kit.Files.KitInputException e)
        {
            throw new NotebookFormatException(e.Message.Replace("cannot read the file", "cannot read the notebook", StringComparison.Ordinal), e);
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
        if (root["nbformat_minor"] is { } minor && !(minor is JsonValue m && m.TryGetValue<int>(out _)))
            throw new NotebookFormatException($"{path}: \"nbformat_minor\" is not a whole number.");
        Expect(root, "metadata", JsonValueKind.Object, path, "the notebook's");
        Expect(root["metadata"], "polyglot_notebook", JsonValueKind.Object, path, "the notebook's metadata");
        Expect(root["metadata"]?["polyglot_notebook"], "kernelInfo", JsonValueKind.Object, path, "the notebook's polyglot_notebook");
        Expect(root["metadata"]?["polyglot_notebook"]?["kernelInfo"], "defaultKernelName", JsonValueKind.String, path, "the notebook's kernelInfo");
        if (root["cells"] is not JsonArray cells)
            throw new NotebookFormatException($"{path}: has no \"cells\" array.");
        var list = new List<NotebookCell>();
        for (int i = 0; i < cells.Count; i++)
        {
            string where = $"cell {i + 1}";
            if (cells[i] is not JsonObject cell)
                throw new NotebookFormatException($"{path}: {where} is not a JSON object.");
            if (cell["cell_type"] is not JsonValue type || type.GetValueKind() != JsonValueKind.String)
                throw new NotebookFormatException($"{path}: {where} has no \"cell_type\".");
            CheckSource(cell["source"], path, where);
            Expect(cell, "id", JsonValueKind.String, path, where);
            Expect(cell, "metadata", JsonValueKind.Object, path, where);
            Expect(cell["metadata"], "polyglot_notebook", JsonValueKind.Object, path, $"{where}'s metadata");
            Expect(cell["metadata"], "dotnet_interactive", JsonValueKind.Object, path, $"{where}'s metadata");
            Expect(cell["metadata"]?["polyglot_notebook"], "kernelName", JsonValueKind.String, path, $"{where}'s polyglot_notebook");
            Expect(cell["metadata"]?["dotnet_interactive"], "language", JsonValueKind.String, path, $"{where}'s dotnet_interactive");
            if (type.GetValue<string>() == "code") Expect(cell, "outputs", JsonValueKind.Array, path, where);
            list.Add(new NotebookCell(i + 1, cell));
        }
        return new Notebook(path, root, list);
    }

    // nbformat's multiline string: a string, or a list of strings.
    private static void CheckSource(JsonNode? source, string path, string where)
    {
        if (source is JsonValue value && value.GetValueKind() == JsonValueKind.String) return;
        if (source is not JsonArray lines)
            throw new NotebookFormatException($"{path}: {where} has no \"source\" (a string or a list of strings).");
        for (int k = 0; k < lines.Count; k++)
            if (lines[k] is not JsonValue line || line.GetValueKind() != JsonValueKind.String)
                throw new NotebookFormatException($"{path}: {where}, \"source\" line {k + 1} is not a string.");
    }

    // A field the kit reads: absent is fine (its default is used), present with another type is named.
    private static void Expect(JsonNode? parent, string field, JsonValueKind kind, string path, string owner)
    {
        if (parent is not JsonObject o || o[field] is not { } node) return;
        if (node.GetValueKind() != kind)
            throw new NotebookFormatException($"{path}: {owner} \"{field}\" is {Describe(node.GetValueKind())}, not {Describe(kind)}.");
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };

    /// <summary>The notebook as JSON text, the way Jupyter writes it (one-space indent, trailing newline).</summary>
    public static string Serialize(JsonObject root) => root.ToJsonString(WriteOptions) + "\n";

    /// <summary>Writes through a temporary file and a rename, so a reader never sees half a notebook.</summary>
    public static void WriteAtomically(string path, string content) => Kit.Files.AtomicFile.WriteAllText(path, content);

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
