using Kit.Actors;

namespace Kit.Quotes;

/// <summary>
/// The "roles" of the gazetteer's actors (الرئيس الروسي → vladimir-putin), normalized, so a title phrase with no
/// name can still name its actor. A role that two actors share names neither.
/// </summary>
internal sealed class RoleIndex
{
    private readonly Dictionary<string, string?> _actorByRole = new(StringComparer.Ordinal);

    public RoleIndex(Gazetteer gazetteer)
    {
        foreach (var actor in gazetteer.Actors)
            foreach (var role in actor.Roles)
            {
                string key = Key(gazetteer.Normalizer.Apply(role));
                _actorByRole[key] = _actorByRole.TryGetValue(key, out var other) && other != actor.Id ? null : actor.Id;
            }
    }

    /// <summary>The actor whose role this phrase is (with or without ال on its first word), or null.</summary>
    public string? Lookup(string normalizedPhrase) =>
        _actorByRole.TryGetValue(Key(normalizedPhrase), out var id) ? id : null;

    // متحدثة باسم … and المتحدثة باسم … are one role.
    private static string Key(string phrase) => phrase.StartsWith("ال", StringComparison.Ordinal) ? phrase[2..] : phrase;
}
