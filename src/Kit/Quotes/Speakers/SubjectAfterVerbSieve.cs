namespace Kit.Quotes.Speakers;

/// <summary>"وقال كيري إن …", "وأضاف المتحدث أن …": the phrase right after a finite verb is its subject (Arabic's usual order).</summary>
internal sealed class SubjectAfterVerbSieve : ISpeakerSieve
{
    public string Name => "after-verb";

    public string Description => "The name, title or source right after a finite verb is its subject (وقال كيري، وأضاف المتحدث).";

    public SpeakerDecision? Decide(SieveContext c)
    {
        if (!c.Cue.Form.IsFinite || !c.SameSentence(c.AfterVerb) || !c.Text.BlankGap(c.AfterVerb)) return null;
        if (ToSomeone(c.Text, c.AfterVerb)) return null;
        if (c.Reader.Read(c.Text, c.AfterVerb, allowConjunction: false) is not { } phrase) return null;
        // التي تروي قصة عائلة: after a relative, only a person or a known source is the subject; anything else is the object.
        if (c.AfterRelative && phrase.Actor is null && !phrase.IsName) return null;
        var speaker = phrase.ToSpeaker(Name,
            $"the subject right after «{c.Cue.Verb}»: {phrase.How}");
        return new SpeakerDecision(speaker, phrase.EndWord, phrase.Hint, false);
    }

    // وقالت لفرانس برس، وروى لرويترز: a name with ل glued in front is who was told, not who spoke.
    private static bool ToSomeone(QuoteText t, int k) =>
        t.NameMentionAt[k] is { } name && name.Start > t.Words[k].Start && t.Text[t.Words[k].Start] == 'ل';
}
