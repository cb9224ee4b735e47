namespace Kit.Quotes.Speakers;

/// <summary>
/// One rule for finding who speaks, in the manner of CoreNLP's sieves: the extractor asks each in turn and the first
/// that decides wins. A sieve returns null when it has nothing to say.
/// </summary>
internal interface ISpeakerSieve
{
    /// <summary>A short name, recorded on every quote it attributes.</summary>
    string Name { get; }

    /// <summary>One sentence for a notebook: what the rule does.</summary>
    string Description { get; }

    SpeakerDecision? Decide(SieveContext context);
}
