using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;

namespace Kit.Tests.Support;

/// <summary>Formats a value the way the kernel does: its preferred MIME types, each by Formatting's ToDisplayString.</summary>
public static class MimeBundle
{
    public static JsonObject DisplayData(object? value, IReadOnlyCollection<string>? mimeTypes = null)
    {
        var data = new JsonObject();
        if (value is null)
        {
            data["text/plain"] = "<null>";
        }
        else
        {
            var mimes = mimeTypes is { Count: > 0 } ? mimeTypes : Formatter.GetPreferredMimeTypesFor(value.GetType());
            foreach (var mime in mimes.Distinct())
            {
                string text = value.ToDisplayString(mime);
                // JSON MIME types (plotly) are stored as JSON objects in .ipynb, not as strings.
                data[mime] = IsJson(mime) ? ParseJson(text) : text;
            }
        }
        return new JsonObject
        {
            ["output_type"] = "display_data",
            ["data"] = data,
            ["metadata"] = new JsonObject(),
        };
    }

    private static bool IsJson(string mime) => mime.EndsWith("json", StringComparison.Ordinal);

    private static JsonNode ParseJson(string text)
    {
        try
        {
            return JsonNode.Parse(text) ?? new JsonObject();
        }
        catch (JsonException)
        {
            return JsonValue.Create(text)!;
        }
    }
}
