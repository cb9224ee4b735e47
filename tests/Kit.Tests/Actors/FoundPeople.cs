using Kit.Actors;

namespace Kit.Tests.Actors;

/// <summary>The persons the default mention finder reads in one invented sentence: what the rule-kind tests assert on.</summary>
internal static class FoundPeople
{
    /// <summary>Surfaces of every person mention, names and the other kinds alike.</summary>
    public static List<string> In(string text) => Persons(text).Select(m => m.Surface).ToList();

    /// <summary>Surfaces of the person mentions made by a name (not a role or an alias).</summary>
    public static List<string> NamedIn(string text) =>
        Persons(text).Where(m => m.Kind == MentionKind.Name).Select(m => m.Surface).ToList();

    private static IEnumerable<Mention> Persons(string text) =>
        MentionFinder.Default.Find("t", text).Where(m => m.Type == ActorType.Person);
}
