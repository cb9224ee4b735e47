namespace Kit.Actors;

/// <summary>One actor of the gazetteer (Data/actors.json). IsCapital marks a city that is the capital of its Country.</summary>
public sealed record Actor(
    string Id,
    string Name,
    string English,
    string Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> FirstNames,
    IReadOnlyList<string> Adjectives,
    IReadOnlyList<string> Roles,
    string? Country,
    bool IsCapital = false)
{
    /// <summary>The offices with their dates (actors.json "terms"): what lets a role phrase name this person on a given date.</summary>
    public IReadOnlyList<RoleTerm> Terms { get; init; } = [];

    public override string ToString() => $"{Id} ({Type}): {Name}";
}
