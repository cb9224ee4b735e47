using System.Collections.Concurrent;
using System.Reflection;

namespace Kit.Display;

/// <summary>
/// A domain's notebook views, named by its types' TypeFormatterSource attribute: the Formatting package creates the
/// source and calls CreateTypeFormatters. Each domain keeps its source beside its types, so Display names none of them.
/// </summary>
internal abstract class FormatterSource
{
    private static readonly ConcurrentDictionary<Type, FormatterSource?> ByType = new();

    /// <summary>Called by the Formatting package (its convention: this name, no arguments, formatters with MimeType, Type and Format).</summary>
    public IEnumerable<object> CreateTypeFormatters() => Formatters();

    protected abstract IEnumerable<KitFormatter> Formatters();

    /// <summary>The console text of a value when it is not its ToString (a corpus prints as its table); null for ToString.</summary>
    public virtual string? PlainText(object value) => null;

    /// <summary>The source the value's type names in its attribute, if it names one of the kit's.</summary>
    public static FormatterSource? For(object value) => ByType.GetOrAdd(value.GetType(), type =>
        type.GetCustomAttributes<TypeFormatterSourceAttribute>(inherit: true).FirstOrDefault() is { } attribute
            ? Activator.CreateInstance(attribute.FormatterSourceType) as FormatterSource
            : null);

    /// <summary>An HTML view of T.</summary>
    protected static KitFormatter HtmlView<T>(Func<T, string> view) => new(typeof(T), "text/html", o => view((T)o));
}
