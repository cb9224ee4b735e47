using Kit.Actors;

namespace Kit.Quotes.Speakers;

/// <summary>
/// "وأضاف أن …", "لكنه شدد …", "مضيفا أن …": a pronoun or implicit subject. It is resolved to, in order: the latest
/// speaker of the same sentence; a person named earlier in the sentence (outside quotes); the latest speaker of the
/// document; the first actor of the sentence. The speaker span is then the antecedent's, and Resolved is set.
/// </summary>
internal sealed class PronounSubjectSieve : ISpeakerSieve
{
    public string Name => "pronoun";

    public string Description => "A pronoun or implicit subject (وأضاف، لكنه، مضيفا) is the latest speaker of the sentence, else a person named earlier in it, else the latest speaker, else the sentence's first actor; flagged as resolved.";

    public SpeakerDecision? Decide(SieveContext c)
    {
        var t = c.Text;
        string who = c.Cue.PronounSubject ? $"the pronoun of «{t.Words[c.Cue.Word - 1].Text}»" : $"the implicit subject of «{c.Cue.Verb}»";
        if (LatestOfSentence(c.History, c.Cue.Sentence) is { } same)
            return Resolved(c, same.Speaker, $"{who} is the speaker of «{same.Cue.Verb}» earlier in the sentence");


        int first = t.FirstWordOf(c.Cue.Sentence);
        for (int k = c.Cue.Word - 1; k >= first; k--)
            if (t.NameMentionAt[k] is { Type: ActorType.Person } m && !c.InsideQuotedText(m.Start))
                return Resolved(c, Antecedent(m), $"{who} is the person named just before it in the sentence");

        if (c.History.Count > 0)
            return Resolved(c, c.History[^1].Speaker, $"{who} is the previous speaker (of «{c.History[^1].Cue.Verb}»)");

        for (int k = first; k < c.Cue.Word; k++)
            if (t.NameMentionAt[k] is { } m && m.Type != ActorType.City && !c.InsideQuotedText(m.Start))
                return Resolved(c, Antecedent(m), $"{who} is the sentence's first actor (no one has spoken before)");
        return null;
    }

    // The history is in sentence order but for continuations, which come before their sentence's own verbs: stop at
    // the first earlier sentence (a scan of the whole history was quadratic in a long article).
    private static Said? LatestOfSentence(IReadOnlyList<Said> history, int sentence)
    {
        for (int i = history.Count - 1; i >= 0 && history[i].Cue.Sentence >= sentence; i--)
            if (history[i].Cue.Sentence == sentence) return history[i];
        return null;
    }

    private static QuoteSpeaker Antecedent(Mention m) => new(m.Surface, m.Start, m.End, m.Actor, true, "", "");

    // An antecedent the kit could not name leaves this speaker unnamed too, rather than skipping back to an older one.
    private SpeakerDecision Resolved(SieveContext c, QuoteSpeaker? antecedent, string reason) =>
        antecedent is null
            ? new(new QuoteSpeaker("", -1, -1, null, true, Name, reason + ", whom the kit could not name: left empty"), c.AfterVerb, null, false)
            : new(antecedent with { Resolved = true, Sieve = Name, Reason = reason }, c.AfterVerb, null, false);
}
