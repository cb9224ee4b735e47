using Kit.Lexicon;

namespace Kit.Quotes.Speakers;

/// <summary>
/// Two verbs for one quote ("وقال كيري … قال: …", "وأضاف قائلا …", "وسارعت روسيا … بالقول إن", "نقلت … عن أردوغان
/// قوله"): the second has no subject of its own and shares the first one's, when the first gave no quote.
/// </summary>
internal sealed class SharedVerbSieve : ISpeakerSieve
{
    private const int MaxWordsApart = 15;

    public string Name => "shared-verb";

    public string Description => "A second verb for the same quote (وأضاف قائلا، وسارعت روسيا بالقول) shares the first verb's speaker.";

    public SpeakerDecision? Decide(SieveContext c)
    {
        // "، وقال إن …" opens a clause of its own, with a pronoun subject: that is the pronoun sieve's work.
        if (c.History.Count == 0 || c.Cue.Form.IsFinite && c.Cue.ClauseStart is not null) return null;
        var previous = c.History[^1];
        if (previous.Speaker is null || previous.HadContent || previous.Cue.Sentence != c.Cue.Sentence || c.Cue.Word - previous.Cue.Word > MaxWordsApart) return null;
        var speaker = previous.Speaker with
        {
            // A participle's subject is always implicit (وأضاف قائلا، مؤكدا): resolved, as the gold marks it.
            Resolved = previous.Speaker.Resolved || c.Cue.Form.Kind == VerbFormKind.Participle,
            Sieve = Name,
            Reason = $"«{previous.Cue.Verb} … {c.Cue.Verb}»: two verbs for one quote; the speaker is the first verb's ({previous.Speaker.Reason})",
        };
        return new SpeakerDecision(speaker, c.AfterVerb, null, false);
    }
}
