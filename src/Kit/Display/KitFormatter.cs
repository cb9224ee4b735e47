namespace Kit.Display;

/// <summary>A formatter in the shape the Formatting package's convention expects: MimeType, Type and Format.</summary>
internal sealed class KitFormatter(Type type, string mimeType, Func<object, string> format)
{
    public string MimeType { get; } = mimeType;

    public Type Type { get; } = type;

    public bool Format(object instance, TextWriter writer)
    {
        writer.Write(format(instance));
        return true;
    }
}
