using Kit.Text;

namespace Kit.Display;

/// <summary>Small helpers for notebook cells: show Arabic right-to-left, mark spans, make tables.</summary>
public static class Show
{
    public static RtlText Arabic(string text) => new(text);

    public static RtlText Marked(string text, IEnumerable<TextSpan> spans) =>
        new(text, spans.Select(s => new Highlight(s)).ToList());

    public static RtlText Marked(string text, IEnumerable<Highlight> highlights) => new(text, highlights.ToList());

    public static HtmlTable Table<T>(IEnumerable<T> items, params (string Header, Func<T, object?> Value)[] columns) =>
        HtmlTable.Of(items, columns);
}
