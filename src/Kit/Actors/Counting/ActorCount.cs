namespace Kit.Actors.Counting;

/// <summary>How often one actor is mentioned, and in how many documents.</summary>
public sealed record ActorCount(string Actor, string Name, string English, string Type, int Mentions, int Documents);

/// <summary>How many actors of one type were found, and how often they are mentioned together.</summary>
public sealed record TypeCount(string Type, int Actors, int Mentions);

/// <summary>How often one actor is mentioned in one document.</summary>
public sealed record DocumentActorCount(string Document, string Actor, string Name, string Type, int Mentions);
