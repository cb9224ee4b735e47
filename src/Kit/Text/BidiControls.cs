using System.Buffers;
using System.Text;

namespace Kit.Text;

/// <summary>
/// Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) in corpus text or a file name reorder everything
/// after them on the line: a U+202E in a file name reverses the rest of a table row. Every view neutralises them here:
/// HTML (through Html's escaper) and terminal tables show U+FFFD in their place, JSON escapes them (\u202E), so the data stays the same.
/// </summary>
public static class BidiControls
{
    private static readonly SearchValues<char> All = SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    public static bool Is(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    /// <summary>The text with each bidi control shown as U+FFFD (the same length, so columns and offsets still line up).</summary>
    public static string Neutralize(string text)
    {
        if (text.AsSpan().IndexOfAny(All) < 0) return text;
        return string.Create(text.Length, text, (chars, source) =>
        {
            for (int i = 0; i < source.Length; i++) chars[i] = Is(source[i]) ? '\uFFFD' : source[i];
        });
    }

    /// <summary>JSON text with each bidi control written as its escape (\u202E): the same strings, read back.</summary>
    public static string EscapeInJson(string json)
    {
        if (json.AsSpan().IndexOfAny(All) < 0) return json;
        var sb = new StringBuilder(json.Length + 16);
        foreach (char c in json)
        {
            if (Is(c)) sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
