namespace Kit.Quotes.Speakers;

/// <summary>
/// "كيري أوضح أن …", "وكان الرئيس الروسي قد صرح بأن …": a subject before the verb, at the start of its clause (after
/// connectives and كان). When the clause opens with words that name no speaker ("الاتصال الثالث … يؤكد أن"), the
/// verb's subject is something that cannot speak: the verb gives no quote.
/// </summary>
internal sealed class SubjectBeforeVerbSieve : ISpeakerSieve
{
    // A subject this far before its verb still counts (بوتين خلال زيارة إلى طاجيكستان قال).
    private const int MaxWordsBetween = 5;

    // An accusative title (لكن مسؤولا … قال) may stand further before its verb: its case ending says it is the subject.
    private const int MaxWordsAfterAccusative = 8;

    public string Name => "before-verb";

    public string Description => "A name, title or source opening the verb's clause is its subject (كيري أوضح، وكان الرئيس الروسي قد صرح); a clause opening with anything else blocks the verb.";

    public SpeakerDecision? Decide(SieveContext c)
    {
        if (!c.Cue.Form.IsFinite) return null;
        var t = c.Text;
        int v = c.Cue.Word, first = t.FirstWordOf(c.Cue.Sentence);
        if (Topic(c) is { } topic) return topic;
        // A verb after و, a comma or a connective opens its own clause: its subject cannot stand before it.
        if (c.Cue.ClauseStart is not null) return null;
        int k = v - 1;
        while (k >= first && (t.BlankGap(k + 1) || AcronymGap(t, k + 1)) && t.CueAt[k] is null && c.Cues.Complementizers.MatchAt(t, k) == 0
               && c.Cues.Relatives.MatchAt(t, k) == 0)
            k--;
        int start = k + 1;
        bool copula = false;
        while (start < v)
        {
            int skip = Math.Max(c.Cues.Particles.MatchAt(t, start, true),
                Math.Max(c.Cues.Connectives.MatchAt(t, start, true), c.Cues.Copulas.MatchAt(t, start, true)));
            if (skip == 0) break;
            if (skip == 1 && c.Cues.CarriesPronoun(t.Forms[start].Bare, c.Cues.Connectives)) return null; // لكنه: a pronoun
            copula |= c.Cues.Copulas.MatchAt(t, start, true) == skip;
            start += skip;
        }
        if (start >= v || c.Cues.AdverbialOpeners.MatchAt(t, start, true) > 0) return null;
        var phrase = c.Reader.Read(t, start, allowConjunction: true);
        // لكن مسؤولا في المستشفى قال إن …: a title in the accusative after إن and its sisters is the subject too; the case
        // ending marks it as the subject whose predicate the verb is, so a longer clause may stand between (طلب عدم كشف هويته).
        bool accusative = false;
        if (phrase is null && c.Reader.ReadAccusativeTitle(t, start) is { } title && title.EndWord <= v && v - title.EndWord <= MaxWordsAfterAccusative)
            (phrase, accusative) = (title, true);
        if (phrase is null && KnownSurname(c, start) is { } surname) return surname;
        // وكانت الهيئة العامة لتسويق الحبوب قد أعلنت: a copula, a phrase the kit reads only in part (or not at all), then قد.
        if (copula && (phrase is null || phrase.Actor is null && !phrase.IsName && phrase.EndWord < v - 1) && CopulaSubject(c, start) is { } institution)
            return institution;
        if (phrase is null)
            return SpeakerDecision.Block(Name, $"its clause opens with «{t.Text[t.Words[start].Start..t.Words[v - 1].End]}», which names no one who speaks");
        if (phrase.EndWord > v || !accusative && v - phrase.EndWord > MaxWordsBetween) return null;
        var speaker = phrase.ToSpeaker(Name,
            $"the subject before «{c.Cue.Verb}», opening its clause: {phrase.How}");
        return new SpeakerDecision(speaker, v + 1, phrase.Hint, false);
    }

    // مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) قد أعلن: an acronym in brackets after an institution's name is part
    // of the subject, not a break in the clause (the gap before it opens the bracket, the gap after it closes it).
    private static bool AcronymGap(QuoteText t, int i) =>
        t.Gap(i).Trim() is "(" or ")" && i - 1 >= 0 && i < t.Words.Length
        && (t.Gap(i).Trim() is "(" ? i + 1 < t.Words.Length && t.Gap(i + 1).Trim() is ")" : t.Gap(i - 1).Trim() is "(");

    // "أما ميركل فقالت": the subject stands between أما and the verb written with ف.
    private SpeakerDecision? Topic(SieveContext c)
    {
        var t = c.Text;
        int v = c.Cue.Word;
        if (t.Norm[v][0] != 'ف') return null;
        for (int k = v - 1; k >= t.FirstWordOf(c.Cue.Sentence) && t.BlankGap(k + 1); k--)
        {
            if (c.Cues.Topics.MatchAt(t, k) != 1) continue;
            if (c.Reader.Read(t, k + 1, allowConjunction: false) is not { } phrase) return UnknownTopic(c, k + 1);
            if (phrase.EndWord != v) return null;
            var speaker = phrase.ToSpeaker(Name,
                $"«{t.WordText(k)} … {c.Cue.Verb}»: the topic before the verb with ف is its subject; {phrase.How}");
            return new SpeakerDecision(speaker, v + 1, phrase.Hint, false);
        }
        return null;
    }

    // لكن كوباياشي اعتبر أن: one word right before the verb that no dictionary knows, written earlier in the article (ماساهيرو
    // كوباياشي), is a person called back by surname, though the people finder missed it: the subject as written, with no actor.
    private SpeakerDecision? KnownSurname(SieveContext c, int start)
    {
        var t = c.Text;
        int v = c.Cue.Word;
        if (v - start != 1 || !t.BlankGap(v) || t.CueAt[start] is not null) return null;
        string w = t.Norm[start];
        if (w.Length < 3 || w.StartsWith("ال", StringComparison.Ordinal) || c.Cues.Prepositions.MatchAt(t, start) > 0
            || c.Reader.Titles.Stops.Contains(w) || c.Reader.Names.IsOrdinaryWord(w))
            return null;
        bool seen = false;
        for (int k = 1; k < start && !seen; k++)
            seen = t.Norm[k] == w && t.BlankGap(k) && !t.InsideMarks(t.Words[k].Start);
        if (!seen) return null;
        var speaker = new QuoteSpeaker(t.WordText(start), t.Words[start].Start, t.Words[start].End, null, false, Name,
            $"«{t.WordText(start)} {c.Cue.Verb}»: a word no dictionary knows, written earlier in the article after another, is a surname called back; its subject, with no actor");
        return new SpeakerDecision(speaker, v + 1, null, false);
    }

    private const int MaxCopulaSubjectWords = 8;

    // وكانت المؤسسة العامة لحلج الأقطان قد أعلنت: between a copula and قد right before the verb, a definite phrase the kit
    // cannot read (an institution or a source it does not know) is still the subject, as written, with no actor.
    private SpeakerDecision? CopulaSubject(SieveContext c, int start)
    {
        var t = c.Text;
        int v = c.Cue.Word, qad = v - 1;
        if (qad <= start || qad - start > MaxCopulaSubjectWords || t.Forms[qad].Bare != "قد" || !t.BlankGap(v)
            || !t.Norm[start].StartsWith("ال", StringComparison.Ordinal))
            return null;
        for (int k = start; k < qad; k++)
            if (k > start && !t.BlankGap(k) || !t.BlankGap(k + 1) || t.CueAt[k] is not null || c.Cues.Complementizers.MatchAt(t, k) > 0
                || c.Cues.Relatives.MatchAt(t, k) > 0 || c.Cues.Negations.MatchAt(t, k) > 0)
                return null;
        var speaker = new QuoteSpeaker(t.WordsText(start, qad - start), t.Words[start].Start, t.Words[qad - 1].End, null, false, Name,
            $"«{t.WordsText(start, qad - start)}» between a copula and «قد {c.Cue.Verb}» is its subject, though the kit cannot read it (no actor)");
        return new SpeakerDecision(speaker, v + 1, null, false);
    }

    private const int MaxUnknownTopicWords = 3;

    // أما دوبرافكوف فقال: a topic of one to three words the kit cannot read is still the subject, as written, with no actor.
    private SpeakerDecision? UnknownTopic(SieveContext c, int start)
    {
        var t = c.Text;
        int v = c.Cue.Word;
        if (v - start is < 1 or > MaxUnknownTopicWords) return null;
        for (int k = start; k < v; k++)
            if (!t.BlankGap(k) || t.CueAt[k] is not null || t.Norm[k].Length < 3 || c.Cues.Prepositions.MatchAt(t, k) > 0
                || c.Reader.Titles.Stops.Contains(t.Norm[k]) || k == start && t.Norm[k].StartsWith("ال", StringComparison.Ordinal))
                return null;
        var speaker = new QuoteSpeaker(t.WordsText(start, v - start), t.Words[start].Start, t.Words[v - 1].End, null, false, Name,
            $"«أما {t.WordsText(start, v - start)} ف{c.Cue.Verb}»: the topic before the verb with ف is its subject, though the kit does not know the name (no actor)");
        return new SpeakerDecision(speaker, v + 1, null, false);
    }
}
