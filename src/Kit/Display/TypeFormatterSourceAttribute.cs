namespace Kit.Display;

/// <summary>
/// Matched by name by Microsoft.DotNet.Interactive.Formatting (its convention-based formatter sources), so Kit types
/// display as HTML in Polyglot Notebooks and in the kit's runner without Kit depending on any notebook package.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    public string[]? PreferredMimeTypes { get; set; }
}
