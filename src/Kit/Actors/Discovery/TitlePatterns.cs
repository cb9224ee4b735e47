using System.Collections.Frozen;
using System.Text.Json;
using Kit.Files;
using Kit.Normalization;

namespace Kit.Actors.Discovery;

/// <summary>The word lists of Data/title-patterns.json, normalized the way the text is.</summary>
public sealed record TitlePatterns(
    IReadOnlyList<string[]> Titles,
    IReadOnlyList<string[]> TitlesOf,
    FrozenSet<string> Honorifics,
    FrozenSet<string> NameLinks,
    FrozenSet<string> NameStops)
{
    public static TitlePatterns Default => DefaultLazy.Value;

    private static readonly Lazy<TitlePatterns> DefaultLazy = new(() => Load());

    /// <summary>Reads a title-patterns file (format: src/Kit/Data/title-patterns.json); null reads the bundled one.</summary>
    public static TitlePatterns Load(string? path = null, ArabicNormalizer? normalizer = null)
    {
        var n = normalizer ?? ArabicNormalizer.Aggressive;
        string source = path ?? "title-patterns.json";
        try
        {
            using var json = JsonDocument.Parse(KitData.ReadTextOrBundled(path, "title-patterns.json"));
            IEnumerable<string> List(string name) =>
                json.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
                    ? v.EnumerateArray().Select(x => n.Apply(x.GetString() ?? "").Trim()).Where(x => x.Length > 0)
                    : throw new KitInputException($"{source}: has no \"{name}\" list.", path);
            // Longest titles first, so وزير الخارجية wins over وزير.
            string[][] Phrases(string name) => List(name).Select(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .OrderByDescending(w => w.Length).ToArray();
            return new TitlePatterns(Phrases("titles"), Phrases("titles_of"),
                List("honorifics").ToFrozenSet(StringComparer.Ordinal), List("name_links").ToFrozenSet(StringComparer.Ordinal),
                List("name_stops").ToFrozenSet(StringComparer.Ordinal));
        }
        catch (JsonException e)
        {
            throw new KitInputException($"{source}: invalid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}.", path, e);
        }
    }
}
