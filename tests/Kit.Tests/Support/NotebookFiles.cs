using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kit.Tests.Support;

/// <summary>Makes small Polyglot notebooks for runner tests, in the format VS Code writes (GUIDE §3).</summary>
public static class NotebookFiles
{
    public static string Make(params string[] codeCells) => Make(codeCells.Select(c => ("code", c)).ToArray());

    public static string Make(params (string Type, string Source)[] cells)
    {
        var array = new JsonArray();
        int n = 0;
        foreach (var (type, source) in cells)
        {
            var lines = new JsonArray();
            var parts = source.Split('\n');
            for (int i = 0; i < parts.Length; i++) lines.Add(i < parts.Length - 1 ? parts[i] + "\n" : parts[i]);
            var cell = new JsonObject { ["cell_type"] = type, ["id"] = $"c{++n}", ["metadata"] = new JsonObject(), ["source"] = lines };
            if (type == "code")
            {
                cell["execution_count"] = null;
                cell["outputs"] = new JsonArray();
                cell["metadata"] = JsonNode.Parse("""{"dotnet_interactive":{"language":"csharp"},"polyglot_notebook":{"kernelName":"csharp"}}""");
            }
            array.Add(cell);
        }
        var root = new JsonObject
        {
            ["cells"] = array,
            ["metadata"] = JsonNode.Parse("""{"kernelspec":{"display_name":".NET (C#)","language":"C#","name":".net-csharp"},"language_info":{"file_extension":".cs","mimetype":"text/x-csharp","name":"C#","pygments_lexer":"csharp"},"polyglot_notebook":{"kernelInfo":{"defaultKernelName":"csharp","items":[{"aliases":[],"name":"csharp"}]}}}"""),
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
