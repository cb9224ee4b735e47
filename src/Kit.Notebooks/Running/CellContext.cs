using System.Text;
using System.Text.Json.Nodes;

namespace Kit.Notebooks.Running;

/// <summary>Collects one cell's outputs in order: console text as stream outputs, displayed values as display_data.</summary>
internal sealed class CellContext(int maxOutputCharacters)
{
    private readonly List<JsonObject> _outputs = [];
    private int _streamCharacters;
    private bool _truncated;

    public IReadOnlyList<JsonObject> Outputs => _outputs;

    public TextWriter StdOut => new StreamWriterAdapter(this, "stdout");

    public TextWriter StdErr => new StreamWriterAdapter(this, "stderr");

    public DisplayedValue Display(object? value, IReadOnlyCollection<string> mimeTypes)
    {
        lock (_outputs)
        {
            _outputs.Add(MimeBundle.DisplayData(value, mimeTypes));
            return new DisplayedValue(this, _outputs.Count - 1);
        }
    }

    public void Replace(int index, object? value)
    {
        lock (_outputs) _outputs[index] = MimeBundle.DisplayData(value);
    }

    public void AddError(string name, string value, IEnumerable<string> traceback)
    {
        var trace = new JsonArray();
        foreach (var line in traceback) trace.Add(line);
        lock (_outputs)
            _outputs.Add(new JsonObject { ["output_type"] = "error", ["ename"] = name, ["evalue"] = value, ["traceback"] = trace });
    }

    private void Write(string stream, string text)
    {
        lock (_outputs)
        {
            if (_truncated) return;
            if (_streamCharacters + text.Length > maxOutputCharacters)
            {
                text = text[..Math.Max(0, maxOutputCharacters - _streamCharacters)]
                    + $"\n[output cut at {maxOutputCharacters:N0} characters]\n";
                _truncated = true;
            }
            _streamCharacters += text.Length;
            // Consecutive writes to one stream become one output, as in Jupyter.
            if (_outputs.Count > 0 && _outputs[^1]["output_type"]?.GetValue<string>() == "stream"
                && _outputs[^1]["name"]?.GetValue<string>() == stream)
            {
                _outputs[^1]["text"] = _outputs[^1]["text"]!.GetValue<string>() + text;
            }
            else
            {
                _outputs.Add(new JsonObject { ["output_type"] = "stream", ["name"] = stream, ["text"] = text });
            }
        }
    }

    private sealed class StreamWriterAdapter(CellContext context, string stream) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => context.Write(stream, value.ToString());

        public override void Write(string? value)
        {
            if (!string.IsNullOrEmpty(value)) context.Write(stream, value);
        }

        public override void Write(char[] buffer, int index, int count) => context.Write(stream, new string(buffer, index, count));
    }
}
