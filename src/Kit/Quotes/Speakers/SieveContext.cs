namespace Kit.Quotes.Speakers;

/// <summary>What a sieve may look at: the document, the verb, the speakers read so far and the quotes found so far.</summary>
internal sealed record SieveContext(QuoteText Text, ReportingCue Cue, IReadOnlyList<Said> History, FoundQuotes Quotes, SpeakerPhraseReader Reader, QuoteCues Cues)
{
    /// <summary>The word right after the verb.</summary>
    public int AfterVerb => Cue.Word + 1;

    /// <summary>Whether the verb follows a relative pronoun (روايتها التي تروي قصة): its subject is what the relative points back to, and a noun after it is its object.</summary>
    public bool AfterRelative => Cue.Word > 0 && Text.BlankGap(Cue.Word) && Cues.Relatives.MatchAt(Text, Cue.Word - 1) == 1;

    public bool SameSentence(int word) => word >= 0 && word < Text.Words.Length && Text.SentenceOf(word) == Cue.Sentence;

    /// <summary>Whether an offset lies in a quote already found or between quotation marks.</summary>
    public bool InsideQuotedText(int offset) => Text.InsideMarks(offset) || Quotes.Covers(offset);
}
