using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kit.Notebooks.Running;

/// <summary>
/// One cell's outputs as nbformat wants them, built from the kernel's events, within one budget of characters and
/// one of outputs for every kind (streams, displays, the cell's value): past either, the rest is dropped and the
/// cell ends with a visible note.
/// </summary>
internal sealed class CellOutputs(int maxCharacters, int maxOutputs, int executionCount)
{
    private readonly List<JsonObject> _outputs = [];
    private readonly Dictionary<string, JsonObject> _displays = [];
    private int _characters;
    private string? _cut;

    public IReadOnlyList<JsonObject> Outputs => _cut is null ? _outputs : [.. _outputs, Stream("stderr", _cut)];

    public bool WasCut => _cut is not null;

    public void Add(KernelEvent e)
    {
        switch (e.Type)
        {
            case "StandardOutputValueProduced": AddStream("stdout", Text(e)); break;
            case "StandardErrorValueProduced": AddStream("stderr", Text(e)); break;
            case "DisplayedValueProduced": AddDisplay(e, "display_data"); break;
            case "ReturnValueProduced": AddDisplay(e, "execute_result"); break;
            case "DisplayedValueUpdated" when e.ValueId is { } id && _displays.TryGetValue(id, out var shown):
                // An update (a package install's progress, say) replaces what that display showed, within the budget.
                var data = Data(e, out int size);
                if (Fits(size - Size(shown))) shown["data"] = data;
                break;
        }
    }

    public void AddError(string name, string value, IEnumerable<string> traceback) =>
        _outputs.Add(new JsonObject
        {
            ["output_type"] = "error",
            ["ename"] = name,
            ["evalue"] = value,
            ["traceback"] = new JsonArray(traceback.Select(l => (JsonNode)l).ToArray()),
        });

    private static string Text(KernelEvent e) => string.Concat(e.FormattedValues.Select(v => v.Value));

    private void AddStream(string name, string text)
    {
        if (text.Length == 0 || _cut is not null) return;
        // Consecutive writes to one stream become one output, as in Jupyter.
        bool merge = _outputs.Count > 0 && _outputs[^1]["output_type"]?.GetValue<string>() == "stream" && _outputs[^1]["name"]?.GetValue<string>() == name;
        if (!merge && !Fits(0, newOutput: true)) return;
        int room = maxCharacters - _characters;
        if (text.Length > room)
        {
            text = text[..Math.Max(0, room)];
            Cut($"[output cut: this cell wrote more than {maxCharacters:N0} characters; the rest was not kept]");
        }
        _characters += text.Length;
        if (merge) _outputs[^1]["text"] = _outputs[^1]["text"]!.GetValue<string>() + text;
        else _outputs.Add(Stream(name, text));
    }

    private void AddDisplay(KernelEvent e, string outputType)
    {
        if (_cut is not null) return;
        var data = Data(e, out int size);
        if (data.Count == 0 || !Fits(size, newOutput: true)) return;
        _characters += size;
        var output = new JsonObject { ["output_type"] = outputType, ["data"] = data, ["metadata"] = new JsonObject() };
        if (outputType == "execute_result") output["execution_count"] = executionCount;
        _outputs.Add(output);
        if (e.ValueId is { } id) _displays[id] = output;
    }

    private bool Fits(int characters, bool newOutput = false)
    {
        if (newOutput && _outputs.Count >= maxOutputs)
        {
            Cut($"[output cut: this cell made more than {maxOutputs:N0} outputs; the rest were not kept]");
            return false;
        }
        if (_characters + characters > maxCharacters)
        {
            Cut($"[output cut: this cell's outputs passed {maxCharacters:N0} characters; the rest was not kept]");
            return false;
        }
        return true;
    }

    private void Cut(string note) => _cut ??= "\n" + note + "\n";

    private static JsonObject Stream(string name, string text) =>
        new() { ["output_type"] = "stream", ["name"] = name, ["text"] = text };

    // JSON MIME types (plotly) are stored as JSON objects in .ipynb, not as strings.
    private static JsonObject Data(KernelEvent e, out int size)
    {
        var data = new JsonObject();
        size = 0;
        foreach (var (mime, value) in e.FormattedValues)
        {
            if (data.ContainsKey(mime)) continue;
            size += value.Length;
            data[mime] = mime.EndsWith("json", StringComparison.Ordinal) ? ParseJson(value) : value;
        }
        return data;
    }

    private static int Size(JsonObject output) =>
        (output["data"] as JsonObject ?? []).Sum(p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>().Length : p.Value?.ToJsonString().Length ?? 0);

    private static JsonNode ParseJson(string text)
    {
        try
        {
            return JsonNode.Parse(text) ?? new JsonObject();
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
