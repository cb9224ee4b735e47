using System.Reflection;

namespace Kit.Files;

/// <summary>
/// The kit's editable data files (actors, stopwords, cleaning rules, ...) live in src/Kit/Data and ship
/// inside Kit.dll; an instructor can edit them there or pass a file of their own to the loaders.
/// </summary>
public static class KitData
{
    public static string ReadText(string name)
    {
        var assembly = typeof(KitData).Assembly;
        using var stream = assembly.GetManifestResourceStream("Kit.Data." + name)
            ?? throw new InvalidOperationException($"Kit.dll has no data file '{name}'. Known: {string.Join(", ", Names())}");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static IEnumerable<string> Names() =>
        typeof(KitData).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Kit.Data.", StringComparison.Ordinal))
            .Select(n => n["Kit.Data.".Length..])
            .Order(StringComparer.Ordinal);

    /// <summary>Reads a user's data file, or the bundled one when path is null.</summary>
    public static string ReadTextOrBundled(string? path, string bundledName) =>
        path is null ? ReadText(bundledName) : TextFiles.ReadUtf8(path);
}
