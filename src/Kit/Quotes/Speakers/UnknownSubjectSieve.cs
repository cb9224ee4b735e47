namespace Kit.Quotes.Speakers;

/// <summary>
/// "أكدت الخارجية الروسية أن …", "صرح مساعد وزير الخارجية …": a finite verb followed by a noun that is its subject,
/// but one the gazetteer and the titles file do not know. The speaker is left empty rather than guessed: the pronoun
/// sieve would otherwise hand the quote to the previous speaker.
/// </summary>
internal sealed class UnknownSubjectSieve : ISpeakerSieve
{
    public string Name => "unknown-subject";

    public string Description => "A finite verb followed by a subject the kit cannot read (not a name, title, preposition, time or أن) gets no speaker rather than a guess.";

    public SpeakerDecision? Decide(SieveContext c)
    {
        var t = c.Text;
        int k = c.AfterVerb;
        if (!c.Cue.Form.IsFinite || c.Cue.PronounSubject || !c.SameSentence(k) || !t.BlankGap(k) || t.CueAt[k] is not null) return null;
        string w = t.Norm[k];
        var cues = c.Cues;
        bool notSubject = cues.Complementizers.MatchAt(t.Norm, k) > 0 || cues.SpeechOpeners.MatchAt(t.Norm, k) > 0 || FirstPerson.IsWord(w)
            || cues.Negations.MatchAt(t.Norm, k) > 0 || cues.Particles.MatchAt(t.Norm, k) > 0 || cues.Prepositions.MatchAt(t.Norm, k) > 0
            || c.Reader.Titles.Stops.Contains(w) || w.Length < 3
            // وقال وهو يشير …، وقالت ضاحكة: a circumstantial clause or a state after the verb; the subject is implicit.
            || w is "وهو" or "وهي" or "وهم" or "وهما" or "وهن" || cues.Manner.MatchAt(t.Norm, k) > 0
            || w[0] is 'ل' or 'ب' && w.Length > 3; // للصحفيين، لوكالة، بالقول: said to someone, or how
        if (notSubject) return null;
        var speaker = new QuoteSpeaker("", -1, -1, null, false, Name,
            $"«{t.WordText(k)}» after «{c.Cue.Verb}» is its subject, but no name or title the kit knows: left empty rather than guessed");
        return new SpeakerDecision(speaker, k, null, false);
    }
}
