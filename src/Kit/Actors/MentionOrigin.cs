namespace Kit.Actors;

/// <summary>Where a mention comes from: the values of kit entities' "origin" field.</summary>
public static class MentionOrigin
{
    /// <summary>A name of Data/actors.json.</summary>
    public const string Gazetteer = "gazetteer";

    /// <summary>A person the gazetteer does not know, found by the evidence in the text (Actors/Discovery/PeopleFinder).</summary>
    public const string Discovered = "discovered";

    /// <summary>The actor id of a discovered person: this prefix and the person's full name as first written (Gazetteer.DiscoveredId makes it, Gazetteer.DiscoveredName reads it).</summary>
    public const string DiscoveredIdPrefix = "discovered:";
}
