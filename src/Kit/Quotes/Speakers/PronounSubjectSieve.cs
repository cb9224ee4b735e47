using Kit.Actors;

namespace Kit.Quotes.Speakers;

/// <summary>
/// "وأضاف أن …", "وتابعت", "لكنه شدد …", "مضيفا أن …": a pronoun or implicit subject. It is resolved to, in order: the
/// latest speaker of the same sentence; a person named earlier in the sentence (outside quotes); the latest earlier
/// speaker; the sentence's first actor — each only when it agrees with the verb in gender and number (وأضافت goes
/// back to a woman or an institution, not to the last man who spoke). With none, the speaker stays empty and the
/// reason says so. The speaker span is the antecedent's, and Resolved is set.
/// </summary>
internal sealed class PronounSubjectSieve(Gazetteer gazetteer) : ISpeakerSieve
{
    public string Name => "pronoun";

    public string Description => "A pronoun or implicit subject (وأضاف، وتابعت، لكنه، مضيفا) is the latest speaker of the sentence, else a person named earlier in it, else the latest earlier speaker, else the sentence's first actor — the first that agrees with the verb in gender and number; flagged as resolved.";

    public SpeakerDecision? Decide(SieveContext c)
    {
        var t = c.Text;
        var verb = AgreementReader.OfCue(t, c.Cue);

        if (LatestInSentence(c.History, c.Cue.Sentence, verb) is { } same)
            return Resolved(c, same.Speaker, $"{Who(c)} is the speaker of «{same.Cue.Verb}» earlier in the sentence{Agreeing(verb)}");

        int first = t.FirstWordOf(c.Cue.Sentence);
        for (int k = c.Cue.Word - 1; k >= first; k--)
            if (t.NameMentionAt[k] is { Type: ActorType.Person } m && !c.InsideQuotedText(m.Start) && Agrees(verb, Antecedent(m)))
                return Resolved(c, Antecedent(m), $"{Who(c)} is the person named just before it in the sentence{Agreeing(verb)}");

        // ورحبت وزارة الثقافة بالحكم، وقالت في بيان …: the subject of the verb that opens the sentence, read as a title,
        // an institution or a source (the opening word is no name, article, stop word or preposition: a verb).
        if (c.Cue.ClauseStart is not null && OpeningSubject(c, first, c.Cue.Word) is { } opening
            && opening.ToSpeaker(Name, "") is var subject && Agrees(verb, subject))
            return Resolved(c, subject, $"{Who(c)} is the subject of «{t.WordText(first)}», the verb that opens the sentence: {opening.How}{Agreeing(verb)}");

        var latest = LatestAgreeing(c.History, verb);
        // وتخرج سعيد المعمري في جامعة … . وقال إن …؛ ويبقى بواتينغ متشائما. وختم قائلا: a person who is the subject of the verb
        // that opens the sentence right before, a sentence no one speaks in, is the new topic: the implicit subject goes back to
        // that person rather than to a speaker of an older sentence.
        if (c.Cue.Sentence > 0 && (latest is null || latest.Cue.Sentence < c.Cue.Sentence - 1)
            && t.FirstWordOf(c.Cue.Sentence - 1) is var before && OpeningSubject(c, before, t.EndWordOf(c.Cue.Sentence - 1)) is { } opener
            && PersonIn(t, opener) is { } person && Antecedent(person) is var topical && Agrees(verb, topical) && !SpeaksIn(t, c.Cue.Sentence - 1))
            return Resolved(c, topical, $"{Who(c)} is the person who opens the sentence before as the subject of «{t.WordText(before)}»: {opener.How}{Agreeing(verb)}");

        if (latest is { } previous)
            return Resolved(c, previous.Speaker, $"{Who(c)} is the previous speaker (of «{previous.Cue.Verb}»){Agreeing(verb)}");

        if (c.History.Count == 0)
        {
            for (int k = first; k < c.Cue.Word; k++)
                if (t.NameMentionAt[k] is { } m && m.Type != ActorType.City && !c.InsideQuotedText(m.Start) && Agrees(verb, Antecedent(m)))
                    return Resolved(c, Antecedent(m), $"{Who(c)} is the sentence's first actor (no one has spoken before)");
            // قاد المدرب خالد … فريقه. وقال للصحافيين: the first quote's implicit subject is the person the sentence before was about.
            if (c.Cue.Sentence > 0 && FirstPersonIn(c, c.Cue.Sentence - 1, verb) is { } topic)
                return Resolved(c, Antecedent(topic), $"{Who(c)} is the first person named in the sentence before (no one has spoken before)");
        }
        return c.History.Count == 0 ? null
            : new(new QuoteSpeaker("", -1, -1, null, true, Name, $"{Who(c)}: no earlier speaker agrees with the verb{Agreeing(verb)}: left empty"), c.AfterVerb, null, false);
    }

    // The subject right after the verb that opens the sentence at first (the opening word is no name, article, stop word,
    // preposition, adverbial or connective: a verb), read as a speaker phrase ending before limit.
    private static SpeakerPhrase? OpeningSubject(SieveContext c, int first, int limit)
    {
        var t = c.Text;
        if (first + 1 >= limit || t.NameMentionAt[first] is not null || t.CueAt[first] is not null || !t.BlankGap(first + 1)) return null;
        if (t.Forms[first].Bare is not { Length: >= 3 } opener || opener.StartsWith("ال", StringComparison.Ordinal)
            || Kit.Analysis.ArabicTermAnalyzer.Default.Stopwords.Contains(opener) || c.Cues.Prepositions.MatchAt(t.Norm, first, true) != 0
            || c.Cues.AdverbialOpeners.MatchAt(t.Norm, first, true) != 0 || c.Cues.Connectives.MatchAt(t.Norm, first, true) != 0)
            return null;
        return c.Reader.Read(t, first + 1, allowConjunction: false) is { } opening && opening.EndWord < limit ? opening : null;
    }

    // The person's name in a speaker phrase, if it holds one.
    private static Mention? PersonIn(QuoteText t, SpeakerPhrase phrase)
    {
        for (int k = phrase.FirstWord; k < phrase.EndWord; k++)
            if (t.NameMentionAt[k] is { Type: ActorType.Person } m) return m;
        return null;
    }

    // Whether a reporting verb stands in the sentence (then its speaker is in the history, or the verb gave none).
    private static bool SpeaksIn(QuoteText t, int sentence)
    {
        for (int k = t.FirstWordOf(sentence); k < t.EndWordOf(sentence); k++)
            if (t.CueAt[k] is not null) return true;
        return false;
    }

    // The reason's words are made only for the decision that is kept (most calls decide nothing).
    private static string Who(SieveContext c) =>
        c.Cue.PronounSubject ? $"the pronoun of «{c.Text.WordText(c.Cue.Word - 1)}»" : $"the implicit subject of «{c.Cue.Verb}»";

    private static string Agreeing(Agreement verb) => verb == Agreement.Unknown ? "" : $" ({verb.ToString().ToLowerInvariant()}, as the verb)";

    private bool Agrees(Agreement verb, QuoteSpeaker? speaker) => AgreementReader.Agree(verb, AgreementReader.OfSpeaker(speaker, gazetteer));

    // The history is in sentence order (a continuation repeats a verb of an earlier sentence before the verbs of this
    // one), so the search stops at the first earlier sentence instead of going back through the whole article.
    private Said? LatestInSentence(IReadOnlyList<Said> history, int sentence, Agreement verb)
    {
        for (int k = history.Count - 1; k >= 0 && history[k].Cue.Sentence >= sentence; k--)
            if (history[k].Cue.Sentence == sentence && Agrees(verb, history[k].Speaker)) return history[k];
        return null;
    }

    // The latest earlier speaker who agrees with the verb (a loop from the end: no closure per call).
    private Said? LatestAgreeing(IReadOnlyList<Said> history, Agreement verb)
    {
        for (int k = history.Count - 1; k >= 0; k--)
            if (Agrees(verb, history[k].Speaker)) return history[k];
        return null;
    }

    // The first person named in a sentence, outside quotes, who agrees with the verb.
    private Mention? FirstPersonIn(SieveContext c, int sentence, Agreement verb)
    {
        var t = c.Text;
        for (int k = t.FirstWordOf(sentence); k < t.EndWordOf(sentence); k++)
            if (t.NameMentionAt[k] is { Type: ActorType.Person } m && !c.InsideQuotedText(m.Start) && Agrees(verb, Antecedent(m)))
                return m;
        return null;
    }

    private static QuoteSpeaker Antecedent(Mention m) => new(m.Surface, m.Start, m.End, m.Actor, true, "", "") { NameStart = m.Start, NameEnd = m.End };

    // An antecedent the kit could not name leaves this speaker unnamed too, rather than skipping back to an older one.
    private SpeakerDecision Resolved(SieveContext c, QuoteSpeaker? antecedent, string reason) =>
        antecedent is null
            ? new(new QuoteSpeaker("", -1, -1, null, true, Name, reason + ", whom the kit could not name: left empty"), c.AfterVerb, null, false)
            : new(antecedent with { Resolved = true, Sieve = Name, Reason = reason }, c.AfterVerb, null, false);
}
