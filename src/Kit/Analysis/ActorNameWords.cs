using System.Text.Json;
using Kit.Text;

namespace Kit.Analysis;

/// <summary>Words of actor names from the gazetteer (Data/actors.json): names must never be cut into clitics.</summary>
public static class ActorNameWords
{
    /// <summary>Single-word aliases of every actor, and each word of a person's multi-word names.</summary>
    public static IEnumerable<string> Read(string? actorsPath = null)
    {
        using var json = JsonDocument.Parse(KitData.ReadTextOrBundled(actorsPath, "actors.json"));
        foreach (var actor in json.RootElement.GetProperty("actors").EnumerateArray())
        {
            bool person = actor.TryGetProperty("type", out var type) && type.GetString() == "person";
            foreach (var field in new[] { "aliases", "first_names" })
            {
                if (!actor.TryGetProperty(field, out var names)) continue;
                foreach (var name in names.EnumerateArray())
                {
                    var words = (name.GetString() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (words.Length == 1 || person)
                        foreach (var word in words) yield return word;
                }
            }
        }
    }
}
