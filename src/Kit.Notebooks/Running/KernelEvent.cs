using System.Text.Json;
using System.Text.Json.Nodes;

namespace Kit.Notebooks.Running;

/// <summary>One event envelope from the kernel: its type, the token of the command it answers, and its body.</summary>
internal sealed record KernelEvent(string Type, string Token, JsonObject Body)
{
    public static KernelEvent? Parse(string line)
    {
        if (JsonNode.Parse(line) is not JsonObject envelope) return null;
        string? type = envelope["eventType"]?.GetValue<string>();
        if (type is null) return null;
        string token = envelope["command"]?["token"]?.GetValue<string>() ?? "";
        return new KernelEvent(type, token, envelope["event"] as JsonObject ?? []);
    }

    /// <summary>True for events of the command with this token or of the commands it spawned ("kit-3.1").</summary>
    public bool Answers(string token) =>
        Token == token || (Token.StartsWith(token, StringComparison.Ordinal) && Token.Length > token.Length && Token[token.Length] == '.');

    /// <summary>The formattedValues of a display or stream event, as (MIME type, value) pairs.</summary>
    public IEnumerable<(string Mime, string Value)> FormattedValues =>
        (Body["formattedValues"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(v => (v["mimeType"]?.GetValue<string>() ?? "text/plain", v["value"]?.GetValue<string>() ?? ""));

    public string? ValueId => Body["valueId"]?.GetValueKind() == JsonValueKind.String ? Body["valueId"]!.GetValue<string>() : null;
}
