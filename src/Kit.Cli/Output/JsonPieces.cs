using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Kit.Text;

namespace Kit.Cli.Output;

/// <summary>
/// A JSON array written in pieces: each article's items become text where the article is analyzed (on any core), and
/// the pieces are joined in order. The text equals JsonSerializer's indented array of all the items.
/// </summary>
internal static class JsonPieces
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The items as they stand inside the indented array ("\n  {…},\n  {…}"), or "" for none.</summary>
    public static string Items<T>(IEnumerable<T> items, Action<Utf8JsonWriter, T> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            foreach (var item in items) write(json, item);
            json.WriteEndArray();
        }
        // Bidi controls escaped (\u202E), so the JSON printed on a terminal is not reordered by the text it holds.
        string array = BidiControls.EscapeInJson(Encoding.UTF8.GetString(buffer.WrittenSpan));
        // "[]" for no item; else "[" + items + NewLine + "]".
        return array == "[]" ? "" : array[1..^(1 + Environment.NewLine.Length)];
    }

    /// <summary>Joins the pieces into one array, writing each as it comes.</summary>
    public static void WriteArray(IEnumerable<string> pieces, TextWriter output)
    {
        output.Write('[');
        bool any = false;
        foreach (var piece in pieces)
        {
            if (piece.Length == 0) continue;
            if (any) output.Write(',');
            output.Write(piece);
            any = true;
        }
        output.Write(any ? Environment.NewLine + "]\n" : "]\n");
        output.Flush();
    }
}
