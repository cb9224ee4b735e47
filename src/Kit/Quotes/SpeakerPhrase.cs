namespace Kit.Quotes;

/// <summary>
/// A speaker phrase found in the text: the words it covers (FirstWord up to EndWord, exclusive), the speaker as written
/// and its span (the whole phrase, title and name: المبعوث الأممي مارتن غريفيث; NameStart/NameEnd the name in it), the actor it names, and for a lone definite title what it
/// points back to (Hint: speaker, media, organization).
/// </summary>
internal sealed record SpeakerPhrase(int FirstWord, int EndWord, string Text, int Start, int End, string? Actor, bool IsName, string? Hint, string How)
{
    /// <summary>The span of the name inside the phrase (title + name), or -1 when the phrase holds none.</summary>
    public int NameStart { get; init; } = -1;

    public int NameEnd { get; init; } = -1;

    /// <summary>A role phrase of actors.json (resolved to a person or not).</summary>
    public bool IsRole { get; init; }

    public QuoteSpeaker ToSpeaker(string sieve, string reason) =>
        new(Text, Start, End, Actor, false, sieve, reason) { NameStart = NameStart, NameEnd = NameEnd, IsRole = IsRole };
}
