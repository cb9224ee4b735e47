namespace Kit.Quotes;

/// <summary>The quotes of one speaker that name another actor (counted by <see cref="QuotedOnTally"/>).</summary>
public sealed record QuotedOn(string Speaker, string SpeakerName, string About, string AboutName, IReadOnlyList<Quote> Quotes)
{
    public int Count => Quotes.Count;
}
