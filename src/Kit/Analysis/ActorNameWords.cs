using Kit.Actors;

namespace Kit.Analysis;

/// <summary>Words of actor names from the gazetteer (Data/actors.json): names must never be cut into clitics.</summary>
public static class ActorNameWords
{
    /// <summary>Single-word aliases of every actor, and each word of a person's multi-word names.</summary>
    public static IEnumerable<string> Read(string? actorsPath = null) =>
        Read(actorsPath is null ? Gazetteer.Default : Gazetteer.Load(actorsPath));

    public static IEnumerable<string> Read(Gazetteer gazetteer)
    {
        foreach (var actor in gazetteer.Actors)
            foreach (var name in actor.Aliases.Concat(actor.FirstNames))
            {
                var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length == 1 || actor.Type == ActorType.Person)
                    foreach (var word in words) yield return word;
            }
    }
}
