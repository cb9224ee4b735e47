namespace Kit.Actors;

/// <summary>How an actor is mentioned.</summary>
public enum MentionKind
{
    /// <summary>By one of its names (full name, surname, or an unambiguous first name).</summary>
    Name,
    /// <summary>By a nationality adjective pointing to a country (الروسي → Russia).</summary>
    Adjective,
}
