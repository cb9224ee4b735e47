using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Kit.Cooccurrence;

/// <summary>
/// A count as JSON: {"window","windows","nodes":[{"actor","name","type","mentions","windows"}],
/// "edges":[{"a","b","count","pmi","npmi","dice","jaccard","evidence":[{"doc","start","end"}]}]}, plus "folded" when
/// capitals were folded. Offsets are UTF-16 offsets into each file's original text; measures are rounded to 4 places.
/// </summary>
public static class CooccurrenceJson
{
    public static string Write(CooccurrenceGraph graph)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("window", graph.Window.Name());
            w.WriteNumber("windows", graph.Windows);
            w.WriteStartArray("nodes");
            foreach (var n in graph.Nodes)
            {
                w.WriteStartObject();
                w.WriteString("actor", n.Actor);
                w.WriteString("name", n.Name);
                w.WriteString("type", n.Type);
                w.WriteNumber("mentions", n.Mentions);
                w.WriteNumber("windows", n.Windows);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("edges");
            foreach (var e in graph.Edges)
            {
                w.WriteStartObject();
                w.WriteString("a", e.A.Actor);
                w.WriteString("b", e.B.Actor);
                w.WriteNumber("count", e.Count);
                w.WriteNumber("pmi", Math.Round(e.Pmi, 4));
                w.WriteNumber("npmi", Math.Round(e.Npmi, 4));
                w.WriteNumber("dice", Math.Round(e.Dice, 4));
                w.WriteNumber("jaccard", Math.Round(e.Jaccard, 4));
                w.WriteStartArray("evidence");
                foreach (var x in e.Evidence)
                {
                    w.WriteStartObject();
                    w.WriteString("doc", x.Document);
                    w.WriteNumber("start", x.Start);
                    w.WriteNumber("end", x.End);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (graph.Options.FoldCapitals)
            {
                w.WriteStartArray("folded");
                foreach (var f in graph.Folded)
                {
                    w.WriteStartObject();
                    w.WriteString("doc", f.Original.Document);
                    w.WriteNumber("start", f.Original.Start);
                    w.WriteNumber("end", f.Original.End);
                    w.WriteString("capital", f.Original.Actor);
                    w.WriteString("into", f.Into);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
