namespace Kit.Quotes.Speakers;

/// <summary>
/// What a sieve decided: a speaker (and where the search for the quote's text may start, after the speaker phrase),
/// or that the verb's subject is something that cannot speak (Blocked: then the verb gives no quote).
/// </summary>
internal sealed record SpeakerDecision(QuoteSpeaker? Speaker, int WindowStart, string? Hint, bool Blocked)
{
    public static SpeakerDecision Block(string sieve, string reason) =>
        new(new QuoteSpeaker("", -1, -1, null, false, sieve, reason), -1, null, true);
}
