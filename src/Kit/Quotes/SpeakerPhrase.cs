namespace Kit.Quotes;

/// <summary>
/// A speaker phrase found in the text: the words it covers (FirstWord up to EndWord, exclusive), the speaker as written
/// and its span (a name alone when the phrase holds one), the actor it names, and for a lone definite title what it
/// points back to (Hint: speaker, media, organization).
/// </summary>
internal sealed record SpeakerPhrase(int FirstWord, int EndWord, string Text, int Start, int End, string? Actor, bool IsName, string? Hint, string How);
