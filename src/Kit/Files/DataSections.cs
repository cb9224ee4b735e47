
namespace Kit.Files;

/// <summary>Reads the kit's "[section]" word files (Data/quote-cues.txt, Data/speaker-titles.txt): one entry a line, # comments.</summary>
internal static class DataSections
{
    public static IReadOnlyDictionary<string, IReadOnlyList<(string Entry, int Line)>> Parse(string text, string source)
    {
        var sections = new Dictionary<string, List<(string, int)>>(StringComparer.Ordinal);
        List<(string, int)>? current = null;
        int number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                string name = line[1..^1].Trim();
                if (!sections.TryGetValue(name, out current)) sections[name] = current = [];
                continue;
            }
            if (current is null) throw new KitInputException($"{source}, line {number}: \"{line}\" comes before any [section].", source);
            current.Add((line, number));
        }
        return sections.ToDictionary(s => s.Key, s => (IReadOnlyList<(string, int)>)s.Value);
    }

    /// <summary>The entries of a section, or a clear error naming the file when it is missing.</summary>
    public static IReadOnlyList<(string Entry, int Line)> Section(
        IReadOnlyDictionary<string, IReadOnlyList<(string Entry, int Line)>> sections, string name, string source) =>
        sections.TryGetValue(name, out var entries) ? entries
            : throw new KitInputException($"{source}: has no [{name}] section (sections found: {string.Join(", ", sections.Keys)}).", source);
}
