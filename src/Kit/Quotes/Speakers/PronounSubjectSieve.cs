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
        string who = c.Cue.PronounSubject ? $"the pronoun of «{t.WordText(c.Cue.Word - 1)}»" : $"the implicit subject of «{c.Cue.Verb}»";
        var verb = AgreementReader.OfCue(t, c.Cue);
        bool Agrees(QuoteSpeaker? s) => AgreementReader.Agree(verb, AgreementReader.OfSpeaker(s, gazetteer));
        string agreeing = verb == Agreement.Unknown ? "" : $" ({verb.ToString().ToLowerInvariant()}, as the verb)";

        if (LatestInSentence(c.History, c.Cue.Sentence, Agrees) is { } same)
            return Resolved(c, same.Speaker, $"{who} is the speaker of «{same.Cue.Verb}» earlier in the sentence{agreeing}");

        int first = t.FirstWordOf(c.Cue.Sentence);
        for (int k = c.Cue.Word - 1; k >= first; k--)
            if (t.NameMentionAt[k] is { Type: ActorType.Person } m && !c.InsideQuotedText(m.Start) && Agrees(Antecedent(m)))
                return Resolved(c, Antecedent(m), $"{who} is the person named just before it in the sentence{agreeing}");

        // ورحبت وزارة الثقافة بالحكم، وقالت في بيان …: the subject of the verb that opens the sentence, read as a title,
        // an institution or a source (the opening word is no name, article, stop word or preposition: a verb).
        if (c.Cue.ClauseStart is not null && first + 1 < c.Cue.Word && t.NameMentionAt[first] is null && t.CueAt[first] is null && t.BlankGap(first + 1)
            && t.Forms[first].Bare is { Length: >= 3 } opener && !opener.StartsWith("ال", StringComparison.Ordinal)
            && !Kit.Analysis.ArabicTermAnalyzer.Default.Stopwords.Contains(opener) && c.Cues.Prepositions.MatchAt(t.Norm, first, true) == 0
            && c.Cues.AdverbialOpeners.MatchAt(t.Norm, first, true) == 0 && c.Cues.Connectives.MatchAt(t.Norm, first, true) == 0
            && c.Reader.Read(t, first + 1, allowConjunction: false) is { } opening && opening.EndWord < c.Cue.Word
            && opening.ToSpeaker(Name, "") is var subject && Agrees(subject))
            return Resolved(c, subject, $"{who} is the subject of «{t.WordText(first)}», the verb that opens the sentence: {opening.How}{agreeing}");

        if (c.History.LastOrDefault(h => Agrees(h.Speaker)) is { } previous)
            return Resolved(c, previous.Speaker, $"{who} is the previous speaker (of «{previous.Cue.Verb}»){agreeing}");

        if (c.History.Count == 0)
            for (int k = first; k < c.Cue.Word; k++)
                if (t.NameMentionAt[k] is { } m && m.Type != ActorType.City && !c.InsideQuotedText(m.Start) && Agrees(Antecedent(m)))
                    return Resolved(c, Antecedent(m), $"{who} is the sentence's first actor (no one has spoken before)");
        return c.History.Count == 0 ? null
            : new(new QuoteSpeaker("", -1, -1, null, true, Name, $"{who}: no earlier speaker agrees with the verb{agreeing}: left empty"), c.AfterVerb, null, false);
    }

    // The history is in sentence order (a continuation repeats a verb of an earlier sentence before the verbs of this
    // one), so the search stops at the first earlier sentence instead of going back through the whole article.
    private static Said? LatestInSentence(IReadOnlyList<Said> history, int sentence, Func<QuoteSpeaker?, bool> agrees)
    {
        for (int k = history.Count - 1; k >= 0 && history[k].Cue.Sentence >= sentence; k--)
            if (history[k].Cue.Sentence == sentence && agrees(history[k].Speaker)) return history[k];
        return null;
    }

    private static QuoteSpeaker Antecedent(Mention m) => new(m.Surface, m.Start, m.End, m.Actor, true, "", "") { NameStart = m.Start, NameEnd = m.End };

    // An antecedent the kit could not name leaves this speaker unnamed too, rather than skipping back to an older one.
    private SpeakerDecision Resolved(SieveContext c, QuoteSpeaker? antecedent, string reason) =>
        antecedent is null
            ? new(new QuoteSpeaker("", -1, -1, null, true, Name, reason + ", whom the kit could not name: left empty"), c.AfterVerb, null, false)
            : new(antecedent with { Resolved = true, Sieve = Name, Reason = reason }, c.AfterVerb, null, false);
}
