using System.Text.Json;

namespace Kit.Actors.Discovery;

/// <summary>One proposed person, all its sightings grouped: how to add it to the gazetteer is a copy-paste away.</summary>
public sealed record DiscoveredName(string Name, IReadOnlyList<string> Titles, IReadOnlyList<NameCandidate> Evidence, string? KnownActor)
{
    public int Count => Evidence.Count;

    public IReadOnlyList<string> Documents => Evidence.Select(e => e.Document).Distinct().ToList();

    /// <summary>The person as a gazetteer actor, to try at once: Gazetteer.Default.With(name.ToActor("sergei-ryabkov")).</summary>
    public Actor ToActor(string id, string? english = null)
    {
        var words = Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        IReadOnlyList<string> aliases = words.Length > 1 ? [Name, words[^1]] : [Name];
        return new Actor(id, Name, english ?? id, ActorType.Person, aliases, [], [], Titles, null);
    }

    /// <summary>A starting entry for Data/actors.json: id, name, type and the surname alone as an alias; fix by hand.</summary>
    public string ToGazetteerEntry()
    {
        var words = Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var entry = new Dictionary<string, object>
        {
            ["id"] = "new-" + string.Join("-", words.Select(w => w.Length)),
            ["name"] = Name,
            ["english"] = "",
            ["type"] = ActorType.Person,
            ["aliases"] = words.Length > 1 ? new[] { Name, words[^1] } : new[] { Name },
            ["roles"] = Titles,
        };
        return JsonSerializer.Serialize(entry, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
