namespace Kit.Display;

/// <summary>A formatter in the shape the Formatting package's convention expects: MimeType, Type and Format.</summary>
internal sealed class HtmlFormatter(Type type, Func<object, string> toHtml)
{
    public string MimeType => "text/html";

    public Type Type { get; } = type;

    public bool Format(object instance, TextWriter writer)
    {
        writer.Write(toHtml(instance));
        return true;
    }
}
