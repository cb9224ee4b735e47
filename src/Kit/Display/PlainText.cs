using System.Collections;
using System.Globalization;
using System.Text;

namespace Kit.Display;

/// <summary>
/// The console counterpart of the HTML views: what a value looks like as plain text, for file-based apps and terminals.
/// A corpus prints as the table a notebook shows (its domain's FormatterSource says so); other values as their ToString, sequences one item per line.
/// </summary>
public static class PlainText
{
    /// <summary>Sequences print at most this many items, as the notebook formatter does.</summary>
    public const int ListLimit = 20;

    /// <summary>The value as text, without a trailing line break.</summary>
    public static string Of(object? value) => Describe(value).TrimEnd('\n');

    private static string Describe(object? value) => value switch
    {
        null => "<null>",
        string s => s,
        _ when FormatterSource.For(value)?.PlainText(value) is { } text => text,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable items when !OverridesToString(value) => ListText(items),
        _ => value.ToString() ?? "",
    };

    private static string ListText(IEnumerable items)
    {
        var lines = new List<string>();
        int count = 0;
        foreach (var item in items)
        {
            if (++count <= ListLimit) lines.Add(Of(item));
        }
        if (count > ListLimit) lines.Add($"… ({count - ListLimit} more)");
        return count == 0 ? "(empty)" : string.Join("\n", lines);
    }

    // Records, tuples and the kit's own types say what they hold; List<T> and arrays only name their type.
    private static bool OverridesToString(object value) =>
        value.GetType().GetMethod(nameof(ToString), Type.EmptyTypes)?.DeclaringType != typeof(object);
}
