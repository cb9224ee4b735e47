using System.Text.Json;
using Kit.Files;
using Kit.Normalization;

namespace Kit.Actors;

/// <summary>
/// The actors and every way of writing them, read from an editable JSON file (Data/actors.json by default).
/// Aliases are indexed in normalized form (the aggressive profile: hamza, ى/ي, ة/ه all merged).
/// </summary>
public sealed class Gazetteer
{
    public Gazetteer(IEnumerable<Actor> actors, ArabicNormalizer? normalizer = null)
    {
        Actors = actors.ToList();
        Normalizer = normalizer ?? ArabicNormalizer.Aggressive;
        ById = Actors.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var entries = new Dictionary<string, List<AliasEntry>>(StringComparer.Ordinal);
        foreach (var actor in Actors)
        {
            foreach (var alias in actor.Aliases) Add(entries, alias, actor, MentionKind.Name);
            foreach (var first in actor.FirstNames) Add(entries, first, actor, MentionKind.Name, firstName: true);
            foreach (var adjective in actor.Adjectives) Add(entries, adjective, actor, MentionKind.Adjective);
        }
        Entries = entries;
        _nameWords = Actors.ToDictionary(a => a.Id, a => a.Aliases.Concat(a.FirstNames).Prepend(a.Name)
            .SelectMany(x => Normalizer.Apply(x).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        MaxWords = entries.Values.SelectMany(e => e).Select(e => e.Words.Length).DefaultIfEmpty(1).Max();
        LongestFirstWord = entries.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    private readonly Dictionary<string, HashSet<string>> _nameWords;

    /// <summary>Every word of an actor's name, aliases and first names, normalized.</summary>
    internal IReadOnlySet<string> NamesOf(Actor actor) => _nameWords.TryGetValue(actor.Id, out var set) ? set : NoNames;

    private static readonly HashSet<string> NoNames = [];

    public static Gazetteer Default => DefaultLazy.Value;

    private static readonly Lazy<Gazetteer> DefaultLazy = new(() => Load());

    public IReadOnlyList<Actor> Actors { get; }

    public IReadOnlyDictionary<string, Actor> ById { get; }

    public ArabicNormalizer Normalizer { get; }

    /// <summary>Alias entries by their first normalized word.</summary>
    internal IReadOnlyDictionary<string, List<AliasEntry>> Entries { get; }

    internal int MaxWords { get; }

    /// <summary>The length of the longest first word of an alias: no longer piece of text can start a name.</summary>
    internal int LongestFirstWord { get; }

    public Actor this[string id] => ById.TryGetValue(id, out var actor) ? actor
        : throw new KeyNotFoundException($"No actor '{id}' in the gazetteer.");

    /// <summary>An actor's name for display: the gazetteer's name, or a discovered person's name as written.</summary>
    public string NameOf(string id) =>
        ById.TryGetValue(id, out var a) ? a.Name : DiscoveredName(id) ?? id;

    /// <summary>An actor's English name, or for a discovered person its name as written (with "(discovered)").</summary>
    public string EnglishOf(string id) =>
        ById.TryGetValue(id, out var a) ? a.English : DiscoveredName(id) is { } name ? name + " (discovered)" : id;

    /// <summary>The actor id of a person the gazetteer does not know: the prefix and the full name as first written.</summary>
    public static string DiscoveredId(string name) => MentionOrigin.DiscoveredIdPrefix + name;

    /// <summary>A discovered person's name as written, from the id; null for any other id.</summary>
    public static string? DiscoveredName(string id) =>
        id.StartsWith(MentionOrigin.DiscoveredIdPrefix, StringComparison.Ordinal) ? id[MentionOrigin.DiscoveredIdPrefix.Length..] : null;

    /// <summary>
    /// Every word of a name the analyzers must never cut into clitics: each single-word alias or first name of an
    /// actor, and each word of a person's multi-word names (كيري of جون كيري).
    /// </summary>
    public IEnumerable<string> NameWords()
    {
        foreach (var actor in Actors)
            foreach (var name in actor.Aliases.Concat(actor.FirstNames))
            {
                var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 1 || actor.Type == ActorType.Person)
                    foreach (var word in words) yield return word;
            }
    }

    /// <summary>The same gazetteer with more actors (an actor with a known id replaces the old entry).</summary>
    public Gazetteer With(params Actor[] actors) =>
        new(Actors.Where(a => !actors.Any(b => b.Id == a.Id)).Concat(actors), Normalizer);

    /// <summary>The same gazetteer without the given actors, or without every actor the predicate picks.</summary>
    public Gazetteer Without(params string[] ids) => new(Actors.Where(a => !ids.Contains(a.Id)), Normalizer);

    public Gazetteer Without(Func<Actor, bool> predicate) => new(Actors.Where(a => !predicate(a)), Normalizer);

    /// <summary>Reads a gazetteer file (format: src/Kit/Data/actors.json); null reads the bundled one.</summary>
    public static Gazetteer Load(string? path = null)
    {
        string source = path ?? "actors.json";
        try
        {
            using var json = JsonDocument.Parse(KitData.ReadTextOrBundled(path, "actors.json"));
            var actors = new List<Actor>();
            int index = 0;
            foreach (var a in json.RootElement.GetProperty("actors").EnumerateArray())
            {
                index++;
                string id = Required(a, "id", source, index);
                string type = Required(a, "type", source, index);
                if (!ActorType.All.Contains(type))
                    throw new KitInputException($"{source}: actor {index} ({id}) has type '{type}'; use one of {string.Join(", ", ActorType.All)}.", path);
                bool capital = a.TryGetProperty("capital", out var c) && c.ValueKind == JsonValueKind.True;
                actors.Add(new Actor(id, Required(a, "name", source, index), Optional(a, "english") ?? id, type,
                    List(a, "aliases"), List(a, "first_names"), List(a, "adjectives"), List(a, "roles"), Optional(a, "country"), capital)
                { Terms = Terms(a, source, id, path) });
            }
            var duplicate = actors.GroupBy(a => a.Id).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null) throw new KitInputException($"{source}: the id '{duplicate.Key}' is used twice.", path);
            // A capital is folded into its country, so that country must be an actor too.
            var ids = actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            var orphan = actors.FirstOrDefault(a => a.IsCapital && (a.Country is null || !ids.Contains(a.Country)));
            if (orphan is not null)
                throw new KitInputException($"{source}: {orphan.Id} is marked \"capital\" but its \"country\" ('{orphan.Country}') is no actor id of the file.", path);
            return new Gazetteer(actors);
        }
        catch (JsonException e)
        {
            throw new KitInputException($"{source}: invalid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}.", path, e);
        }
        catch (KeyNotFoundException e)
        {
            throw new KitInputException($"{source}: has no \"actors\" array ({e.Message}).", path, e);
        }
    }

    private void Add(Dictionary<string, List<AliasEntry>> entries, string alias, Actor actor, MentionKind kind, bool firstName = false)
    {
        var words = Normalizer.Apply(alias).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return;
        if (!entries.TryGetValue(words[0], out var list)) entries[words[0]] = list = [];
        if (!list.Any(e => e.Actor == actor && e.Kind == kind && e.Words.SequenceEqual(words)))
            list.Add(new AliasEntry(words, actor, kind, firstName));
    }

    // "terms": [{"role": "الرئيس الأمريكي", "from": "2009-01-20", "to": "2017-01-20"}]
    private static IReadOnlyList<RoleTerm> Terms(JsonElement a, string source, string id, string? path)
    {
        if (!a.TryGetProperty("terms", out var v) || v.ValueKind != JsonValueKind.Array) return [];
        var terms = new List<RoleTerm>();
        foreach (var t in v.EnumerateArray())
        {
            DateOnly? Date(string name) =>
                Optional(t, name) is not { } s ? null
                : DateOnly.TryParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d
                : throw new KitInputException($"{source}: {id} has a term whose \"{name}\" ('{s}') is not a date written YYYY-MM-DD.", path);
            string role = Optional(t, "role") ?? throw new KitInputException($"{source}: {id} has a term with no \"role\".", path);
            var from = Date("from") ?? throw new KitInputException($"{source}: {id} has a term for '{role}' with no \"from\" date.", path);
            terms.Add(new RoleTerm(role, from, Date("to")));
        }
        return terms;
    }

    private static string Required(JsonElement a, string name, string source, int index) =>
        Optional(a, name) ?? throw new KitInputException($"{source}: actor {index} has no \"{name}\".");

    private static string? Optional(JsonElement a, string name) =>
        a.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static IReadOnlyList<string> List(JsonElement a, string name) =>
        a.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToList()
            : [];
}

/// <summary>One alias: its normalized words and whom it names.</summary>
/// <summary>FirstName: one of the actor's first_names, which names the actor alone but not before a surname of someone else.</summary>
internal sealed record AliasEntry(string[] Words, Actor Actor, MentionKind Kind, bool FirstName = false);
