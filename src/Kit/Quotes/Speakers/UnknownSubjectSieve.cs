using Kit.Lexicon;

namespace Kit.Quotes.Speakers;

/// <summary>
/// "أكدت الخارجية الروسية أن …", "صرح مساعد وزير الخارجية …": a finite verb followed by a noun that is its subject,
/// but one the gazetteer and the titles file do not know. The speaker is that subject phrase as written, with no actor
/// (not a guess at a person): the pronoun sieve would otherwise hand the quote to the previous speaker.
/// </summary>
internal sealed class UnknownSubjectSieve : ISpeakerSieve
{
    public string Name => "unknown-subject";

    public string Description => "A finite verb followed by a subject the kit cannot read (not a name, title, preposition, time or أن) has that subject phrase, with no actor, as its speaker rather than a guess.";

    public SpeakerDecision? Decide(SieveContext c)
    {
        var t = c.Text;
        int k = c.AfterVerb;
        if (!c.Cue.Form.IsFinite || c.Cue.PronounSubject || !c.SameSentence(k) || !t.BlankGap(k) || t.CueAt[k] is not null) return null;
        // وقالت لفيرنانديث إحدى طالباتها: past a one-word addressee, "one of …" is the subject.
        if (t.Norm[k].Length > 3 && t.Norm[k][0] == 'ل' && k + 1 < t.Words.Length && c.SameSentence(k + 1) && t.BlankGap(k + 1)
            && t.Norm[k + 1] is "احد" or "احدي")
            k++;
        string w = t.Norm[k];
        var cues = c.Cues;
        bool notSubject = cues.Complementizers.MatchAt(t, k) > 0 || cues.SpeechOpeners.MatchAt(t, k) > 0 || FirstPerson.IsWord(w)
            || cues.Negations.MatchAt(t, k) > 0 || cues.Particles.MatchAt(t, k) > 0 || cues.Prepositions.MatchAt(t, k) > 0
            || c.Reader.Titles.Stops.Contains(w) || w.Length < 3
            // وقال وهو يشير …، وقالت ضاحكة: a circumstantial clause or a state after the verb; the subject is implicit.
            || w is "وهو" or "وهي" or "وهم" or "وهما" or "وهن" || cues.Manner.MatchAt(t, k) > 0
            || w[0] is 'ل' or 'ب' && w.Length > 3 && !cues.PersonNouns.Contains(w) && !cues.BodyNouns.Contains(w) // للصحفيين، لوكالة، بالقول: said to someone, or how (not باحث، لاعب، بلدية)
               && !SurnameElsewhere(c, k) // وأضاف بشارة after «حسن بشارة» earlier: a surname that only looks like ب + a word
            || PrepositionWithPronoun(cues, w); // قال خلالها، وأكد فيه: when or where, not who
        if (notSubject) return null;
        // وأعلن المركز في بيان، وقال أحد المنظمين، …: the subject phrase as written is the speaker, with no actor (an
        // unnamed source or an institution the kit does not know); the pronoun sieve would otherwise hand the quote to the
        // previous speaker. It runs to a punctuation mark, a complementizer, a preposition or a particle.
        int end = SubjectEnd(c, k);
        // روايتها التي تروي قصة عائلة: after a relative, a phrase with no person's name in it is the verb's object, not its subject.
        if (c.AfterRelative && !Enumerable.Range(k, end - k).Any(j => t.NameMentionAt[j] is { Type: Kit.Actors.ActorType.Person })) return null;
        var words = t.Words;
        var speaker = new QuoteSpeaker(t.Text[words[k].Start..words[end - 1].End], words[k].Start, words[end - 1].End, null, false, Name,
            $"«{t.WordsText(k, end - k)}» after «{c.Cue.Verb}» is its subject, though no name or title the kit knows: the speaker with no actor");
        return new SpeakerDecision(speaker, end, null, false);
    }

    // Whether the word at k is written earlier in the document right after a given name (حسن بشارة، موسى بواليا): then
    // it is that person's surname, not ب or ل and a word. A bounded look back, for a verb with such a word after it, so a
    // long text costs no more per verb than a short one.
    private static bool SurnameElsewhere(SieveContext c, int k)
    {
        var t = c.Text;
        string w = t.Norm[k];
        for (int j = k - 1; j >= 1 && k - j <= MaxSurnameLookBack; j--)
            if (t.Norm[j] == w && t.BlankGap(j) && t.SentenceOf(j - 1) == t.SentenceOf(j) && (c.Reader.Names.IsGivenName(t.Norm[j - 1]) || UnknownWord(c, t.Norm[j - 1])))
                return true;
        return false;
    }

    // بيكا لاكسو: a word before it that no dictionary knows (no ordinary word, no stop word, no title, no ال) is a given name too.
    private static bool UnknownWord(SieveContext c, string w) =>
        w.Length >= 3 && !w.StartsWith("ال", StringComparison.Ordinal) && !c.Reader.Names.IsOrdinaryWord(w) && !c.Reader.Titles.Stops.Contains(w)
        && !Kit.Lexicon.Stopwords.Default.Contains(w) && c.Cues.Prepositions.MatchAt([w], 0) == 0;

    // How many words back the full name is looked for (a news article introduces its people well within this).
    private const int MaxSurnameLookBack = 1500;

    // خلالها، فيه، عليهم: a preposition with a pronoun glued on.
    private static bool PrepositionWithPronoun(QuoteCues cues, string w)
    {
        foreach (string suffix in Clitics.ThirdPersonPronouns)
            if (w.Length > suffix.Length + 1 && w.EndsWith(suffix, StringComparison.Ordinal) && cues.Prepositions.Contains(w[..^suffix.Length]))
                return true;
        return false;
    }

    private const int MaxSubjectWords = 6;

    // The end (exclusive) of the subject phrase that starts at k: at most six words, each joined to the one before by
    // spaces only, and none a complementizer, a preposition (also one glued on: لمنظمة), a particle, a negation, a
    // relative or a reporting verb.
    private static int SubjectEnd(SieveContext c, int k)
    {
        var t = c.Text;
        var cues = c.Cues;
        int end = k + 1;
        while (end < t.Words.Length && end - k < MaxSubjectWords && c.SameSentence(end) && t.BlankGap(end) && t.CueAt[end] is null)
        {
            string w = t.Norm[end];
            if (cues.Complementizers.MatchAt(t, end) > 0 || cues.Prepositions.MatchAt(t, end) > 0 || cues.Particles.MatchAt(t, end) > 0
                || cues.Negations.MatchAt(t, end) > 0 || cues.Relatives.MatchAt(t, end) > 0 || cues.SpeechOpeners.MatchAt(t, end) > 0
                || w.Length < 2 || w[0] is 'ل' or 'ب' && w.Length > 3 && !w.StartsWith("لل", StringComparison.Ordinal))
                break;
            end++;
        }
        return end;
    }
}
