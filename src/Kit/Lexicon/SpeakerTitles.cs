using Kit.Files;
using Kit.Normalization;

namespace Kit.Lexicon;

/// <summary>
/// The words of speaker phrases that are not names (Data/speaker-titles.txt): titles with what a definite title
/// points back to, descriptors written before names, modifiers, links and stop words. All normalized like the text.
/// </summary>
public sealed class SpeakerTitles
{
    public const string HintSpeaker = "speaker";
    public const string HintMedia = "media";
    public const string HintOrganization = "organization";
    private static readonly string[] Hints = [HintSpeaker, HintMedia, HintOrganization];

    private SpeakerTitles(IReadOnlyDictionary<string, string?> titles, IReadOnlySet<string> descriptors, IReadOnlySet<string> modifiers,
        IReadOnlySet<string> links, IReadOnlySet<string> stops)
    {
        Titles = titles;
        Descriptors = descriptors;
        Modifiers = modifiers;
        Links = links;
        Stops = stops;
    }

    public static SpeakerTitles Default => DefaultLazy.Value;

    private static readonly Lazy<SpeakerTitles> DefaultLazy = new(() => Load());

    /// <summary>Title words, each with what it points back to when it stands alone (speaker, media, organization) or null.</summary>
    public IReadOnlyDictionary<string, string?> Titles { get; }

    public IReadOnlySet<string> Descriptors { get; }

    public IReadOnlySet<string> Modifiers { get; }

    public IReadOnlySet<string> Links { get; }

    public IReadOnlySet<string> Stops { get; }

    /// <summary>Reads a titles file (format: src/Kit/Data/speaker-titles.txt); null reads the bundled one.</summary>
    public static SpeakerTitles Load(string? path = null)
    {
        string source = path ?? "speaker-titles.txt";
        var n = ArabicNormalizer.Aggressive;
        var sections = DataSections.Parse(KitData.ReadTextOrBundled(path, "speaker-titles.txt"), source);
        var titles = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (entry, line) in DataSections.Section(sections, "titles", source))
        {
            var parts = entry.Split("->", StringSplitOptions.TrimEntries);
            string? hint = parts.Length > 1 ? parts[1] : null;
            if (hint is not null && !Hints.Contains(hint))
                throw new KitInputException($"{source}, line {line}: \"-> {hint}\" should be -> {string.Join(", -> ", Hints)}.", path);
            titles[n.Apply(parts[0])] = hint;
        }
        IReadOnlySet<string> Set(string name) =>
            DataSections.Section(sections, name, source).Select(e => n.Apply(e.Entry)).ToHashSet(StringComparer.Ordinal);
        return new SpeakerTitles(titles, Set("descriptors"), Set("modifiers"), Set("links"), Set("stops"));
    }
}
