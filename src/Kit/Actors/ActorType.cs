namespace Kit.Actors;

/// <summary>What kind of actor: the type names of Data/actors.json and of kit entities' JSON.</summary>
public static class ActorType
{
    public const string Person = "person";
    public const string Country = "country";
    public const string City = "city";
    public const string Organization = "organization";
    public const string Media = "media";
    public const string Group = "group";

    public static IReadOnlyList<string> All { get; } = [Person, Country, City, Organization, Media, Group];
}
