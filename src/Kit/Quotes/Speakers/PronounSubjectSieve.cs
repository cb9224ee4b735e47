using Kit.Actors;
using Kit.Actors.Discovery;
using Kit.Lexicon;

namespace Kit.Quotes.Speakers;

/// <summary>
/// "وأضاف أن …", "وتابعت", "لكنه شدد …", "مضيفا أن …": a pronoun or implicit subject. It is resolved to, in order: after
/// "، الذي" the phrase before the relative; the subject of the nearest verb that opens its clause (the sentence's first word, after فيما، بينما; the topic after أما)
/// when no speaker of the sentence stands nearer; the latest speaker of the same sentence; a person named earlier in the
/// sentence (outside quotes); with no one spoken yet, the sentence's first actor; the person the sentence before is about,
/// when no one speaks in it and the latest speaker is older; the latest earlier speaker — each only when it agrees with
/// the verb in gender and number (وأضافت goes back to a woman or an institution, not to the last man who spoke; a name
/// no list genders takes the gender of the verbs it was the subject of). With none, the speaker stays empty and the
/// reason says so. The speaker span is the antecedent's, and Resolved is set.
/// </summary>
internal sealed class PronounSubjectSieve(Gazetteer gazetteer, NameLexicon names, SpeakerTitles titles) : ISpeakerSieve
{
    public string Name => "pronoun";

    public string Description => "A pronoun or implicit subject (وأضاف، وتابعت، لكنه، مضيفا) is, after «، الذي», the phrase before the relative, else the subject of the verb that opens its clause (هنأ رئيس المجلس … وكتب), else the latest speaker of the sentence, else a person named earlier in it, else (no one spoke yet) its first actor, else the person the sentence before is about when no one speaks there, else the latest earlier speaker — the first that agrees with the verb in gender and number; flagged as resolved.";

    public SpeakerDecision? Decide(SieveContext c)
    {
        var t = c.Text;
        var verb = AgreementReader.OfCue(t, c.Cue);

        if (RelativeAntecedent(c) is { } relative && Agrees(c, verb, relative.Subject))
            return Resolved(c, relative.Subject, $"{Who(c)} is «{relative.Subject.Text}», whom «{t.WordText(c.Cue.Word - 1)}» refers to{Agreeing(verb)}");

        // فيما هنأ رئيس المجلس الفريق وكتب / وهنأت الوزيرة سلامة، وكتبت / ورفع رئيس المجلس الجلسة قائلا: the subject of the nearest
        // clause-opening verb before this one, unless a speaker of the sentence stands nearer.
        var same = LatestInSentence(c, verb);
        if ((c.Cue.ClauseStart is not null || !c.Cue.Form.IsFinite) && ClauseSubject(c, same?.Cue.Word ?? -1) is { } clause
            && Agrees(c, verb, clause.Subject))
            return Resolved(c, clause.Subject, $"{Who(c)} is {clause.How}{Agreeing(verb)}");

        if (same is not null)
            return Resolved(c, same.Speaker, $"{Who(c)} is the speaker of «{same.Cue.Verb}» earlier in the sentence{Agreeing(verb)}");

        int first = t.FirstWordOf(c.Cue.Sentence);
        for (int k = c.Cue.Word - 1; k >= first; k--)
            if (t.NameMentionAt[k] is { Type: ActorType.Person } m && !c.InsideQuotedText(m.Start) && Agrees(c, verb, m))
                return Resolved(c, Antecedent(m), $"{Who(c)} is the person named just before it in the sentence{Agreeing(verb)}");

        if (c.History.Count == 0)
            for (int k = first; k < c.Cue.Word; k++)
                if (t.NameMentionAt[k] is { } m && m.Type != ActorType.City && !c.InsideQuotedText(m.Start) && Agrees(c, verb, m))
                    return Resolved(c, Antecedent(m), $"{Who(c)} is the sentence's first actor (no one has spoken before)");

        var latest = LatestAgreeing(c, verb);
        // قاد المدرب خالد … فريقه. وقال: / وفي المعصرة جلست الحاجة فاطمة …. وقالت: a sentence no one speaks in, after the latest
        // speaker, that names a person makes that person the new topic: the implicit subject goes back to them, not to an older speaker.
        if (c.Cue.Sentence > 0 && (latest is null || latest.Cue.Sentence < c.Cue.Sentence - 1) && !SpeaksIn(t, c.Cue.Sentence - 1)
            && TopicOf(c, c.Cue.Sentence - 1, verb) is { } topic)
            return Resolved(c, Antecedent(topic.Person), $"{Who(c)} is the person the sentence before is about, {topic.How}{Agreeing(verb)}");

        if (latest is { } previous)
            return Resolved(c, previous.Speaker, $"{Who(c)} is the previous speaker (of «{previous.Cue.Verb}»){Agreeing(verb)}");

        return c.History.Count == 0 ? null
            : new(new QuoteSpeaker("", -1, -1, null, true, Name, $"{Who(c)}: no earlier speaker agrees with the verb{Agreeing(verb)}: left empty"), c.AfterVerb, null, false);
    }

    // وحضر المباراة وزير الرياضة الكاميروني، الذي اعتبر أن …: a past verb right after a relative set off by a comma has
    // the phrase before the comma as its subject (the longest speaker phrase, or a person's name, ending there).
    private (QuoteSpeaker Subject, string How)? RelativeAntecedent(SieveContext c)
    {
        var t = c.Text;
        int rel = c.Cue.Word - 1, first = t.FirstWordOf(c.Cue.Sentence);
        if (rel - 1 < first || c.Cue.Form.Kind != Kit.Lexicon.VerbFormKind.Past || c.Cues.Relatives.MatchAt(t, rel) != 1
            || !t.BlankGap(c.Cue.Word) || !t.Gap(rel).Contains('،') && !t.Gap(rel).Contains(',')) return null;
        if (t.NameMentionAt[rel - 1] is { Type: ActorType.Person } m && !c.InsideQuotedText(m.Start)) return (Antecedent(m), "a name");
        for (int j = Math.Max(first, rel - MaxRelativeAntecedentWords); j < rel; j++)
            if (c.Reader.Read(t, j, allowConjunction: false) is { } phrase && phrase.EndWord == rel && !c.InsideQuotedText(phrase.Start))
                return (phrase.ToSpeaker(Name, ""), phrase.How);
        return null;
    }

    // How far before the relative its antecedent phrase may start (وزير الرياضة والتربية البدنية الكاميروني).
    private const int MaxRelativeAntecedentWords = 8;

    // The subject of the nearest clause after 'after' in the cue's sentence (opening at the sentence's first word, or after a
    // connective such as فيما، بينما): the subject of its opening verb, a phrase set off from the verb by an aside, or the
    // topic after أما (أما نصر فبدا …، وقال).
    private (int Opener, QuoteSpeaker Subject, string How)? ClauseSubject(SieveContext c, int after)
    {
        var t = c.Text;
        int first = t.FirstWordOf(c.Cue.Sentence);
        for (int k = c.Cue.Word - 1; k >= first && k > after; k--)
        {
            bool opens = k == first || ConnectiveEndsAt(c, first, k);
            if (!opens) continue;
            if (k == first && t.Forms[k].Bare is "اما" && k + 1 < c.Cue.Word)
            {
                if (c.Reader.Read(t, k + 1, allowConjunction: false) is { } topic && topic.EndWord < c.Cue.Word)
                    return (k, topic.ToSpeaker(Name, ""), $"the topic after «أما»: {topic.How}");
                if (t.NameMentionAt[k + 1] is { Type: ActorType.Person } named) return (k, Antecedent(named), "the person after «أما»");
            }
            // غير أن مسؤولا في اللجنة، طلب عدم ذكر اسمه، قال: the subject comes after the conjunction ending in أن.
            int at = t.Forms[k].Bare is "اما" ? k + 1 : k == first ? k + c.Cues.NotComplementizers.MatchAt(t, k) : k;
            if (FrontedSubject(c, at) is { } fronted)
                return (k, fronted.ToSpeaker(Name, ""), $"«{fronted.Text}», which opens the clause and is set off from the verb by an aside between commas: {fronted.How}");
            if (OpeningSubject(c, k, c.Cue.Word) is { } subject)
                return (k, subject.ToSpeaker(Name, ""), $"the subject of «{t.WordText(k)}», the verb that opens its clause: {subject.How}");
        }
        return null;
    }

    // لكن نسيم حيدر، صاحب مصنع في غازيبور، رأى أن / أما جميل حداد، وهو تاجر …، فقال: a speaker phrase opening the clause,
    // then an aside between commas, then the verb: the phrase is its subject.
    // A four-letter accusative title (عضوا) is read here: the aside between commas and the verb after it confirm it.
    private static SpeakerPhrase? FrontedSubject(SieveContext c, int at)
    {
        var t = c.Text;
        int v = c.Cue.Word;
        if (at >= v - 1 || !HasComma(t.Gap(v)) || (c.Reader.Read(t, at, allowConjunction: true) ?? c.Reader.ReadAccusativeTitle(t, at, minLength: 4)) is not { } phrase
            || phrase.EndWord >= v - 1 || v - phrase.EndWord > MaxAsideWords || !HasComma(t.Gap(phrase.EndWord)))
            return null;
        for (int j = phrase.EndWord; j < v; j++)
            if (t.CueAt[j] is not null) return null;
        return phrase;
    }

    // How long an aside between a fronted subject and its verb may be (صاحب مصنع يشغل 1200 عامل في غازيبور).
    private const int MaxAsideWords = 15;

    private static bool HasComma(ReadOnlySpan<char> gap) => gap.Contains('،') || gap.Contains(',');

    // Whether a connective (فيما، بينما، في حين) ends right before word k.
    private static bool ConnectiveEndsAt(SieveContext c, int first, int k)
    {
        for (int j = Math.Max(first, k - 3); j < k; j++)
            if (c.Cues.Connectives.MatchAt(c.Text, j, true) == k - j) return true;
        return false;
    }

    // The subject right after the verb that opens the sentence at first (the opening word is no name, article, stop word,
    // preposition, adverbial or connective: a verb), read as a speaker phrase ending before limit.
    // ولم يحمل موريل حارسه …، مؤكدا: a negation before the opening verb leaves its subject after the verb; وكان ممثل النيابة
    // قد التمس …، معتبرا: a copula (Data/quote-cues.txt [copulas]) opens the clause and its subject follows it.
    private static SpeakerPhrase? OpeningSubject(SieveContext c, int first, int limit)
    {
        var t = c.Text;
        bool negated = c.Cues.Negations.MatchAt(t, first, true) == 1 && first + 1 < limit && t.BlankGap(first + 1) && t.CueAt[first + 1] is null;
        if (negated) first++;
        if (first + 1 >= limit || t.NameMentionAt[first] is not null || t.CueAt[first] is not null || !t.BlankGap(first + 1)) return null;
        bool copula = c.Cues.Copulas.MatchAt(t, first, true) == 1;
        if (t.Forms[first].Bare is not { Length: >= 3 } opener || opener.StartsWith("ال", StringComparison.Ordinal)
            || !copula && Kit.Analysis.ArabicTermAnalyzer.Default.Stopwords.Contains(opener) && !EndsInHamza(t.WordText(first)) || c.Cues.Prepositions.MatchAt(t, first, true) != 0
            || c.Cues.AdverbialOpeners.MatchAt(t, first, true) != 0 || c.Cues.Connectives.MatchAt(t, first, true) != 0)
            return null;
        if (c.Reader.Read(t, first + 1, allowConjunction: false) is not { } opening || opening.EndWord > limit) return null;
        // ولم يخف رئيس نادي لانوس أوراسيو كامبوس: a title the reader cut short before a person's name is no subject here.
        return (negated || copula) && opening.Actor is null && CutBeforeName(t, opening.EndWord, limit) ? null : opening;
    }

    // Whether a person's name starts at word k or the word after it, before limit.
    private static bool CutBeforeName(QuoteText t, int k, int limit)
    {
        for (int j = k; j <= k + 1 && j < limit; j++)
            if (t.NameMentionAt[j] is { Type: ActorType.Person } m && t.Words[j].Start == m.Start) return true; // the name starts in word j: no search
        return false;
    }

    // هنأ normalizes to the stop word هنا: a written final hamza marks the verb.
    private static bool EndsInHamza(string word) => word.TrimEnd('\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652') is [.., 'أ' or 'ء' or 'ؤ' or 'ئ' or 'إ'];

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

    private static string Agreeing(Agreement verb) => (uint)verb < (uint)AgreeingTexts.Length ? AgreeingTexts[(int)verb] ?? AgreeingText(verb) : AgreeingText(verb);

    // Each agreement's words, from the enum's names once per process, not formatted again for every decision.
    private static readonly string?[] AgreeingTexts = AgreeingTextsByValue();

    private static string?[] AgreeingTextsByValue()
    {
        var values = Enum.GetValues<Agreement>();
        var texts = new string?[(int)values.Max() + 1];
        foreach (var value in values) texts[(int)value] = AgreeingText(value);
        return texts;
    }

    private static string AgreeingText(Agreement verb) => verb == Agreement.Unknown ? "" : $" ({verb.ToString().ToLowerInvariant()}, as the verb)";

    // A verb of unknown agreement (a verbal noun) agrees with anyone: the speaker's agreement is not read then.
    private bool Agrees(SieveContext c, Agreement verb, QuoteSpeaker? speaker) =>
        verb == Agreement.Unknown || AgreementReader.Agree(verb, AgreementOf(c, speaker, null));

    // The same for a person named by a mention, spoken of as the speaker its mention makes.
    private bool Agrees(SieveContext c, Agreement verb, Mention name) =>
        verb == Agreement.Unknown || AgreementReader.Agree(verb, AgreementOf(c, Antecedent(name), name));

    // A speaker whose title and name do not tell (تالوكدار، مويني) has the gender of the verbs they were the named subject
    // of earlier (وقال تالوكدار → masculine), so that وأضافت does not go back to him.
    private Agreement AgreementOf(SieveContext c, QuoteSpeaker? speaker, Mention? name)
    {
        var own = name is null || speaker is null ? c.Text.Agreements.Of(speaker, gazetteer, names, titles)
            : c.Text.Agreements.OfName(name, speaker, gazetteer, names, titles);
        if (own != Agreement.Unknown || speaker is null || speaker.Start < 0) return own;
        for (int k = c.History.Count - 1; k >= 0; k--)
            if (c.History[k].Speaker is { Resolved: false } named && SamePerson(c.Text, named, speaker)
                && AgreementReader.OfCue(c.Text, c.History[k].Cue) is var said && said != Agreement.Unknown)
                return said;
        return Agreement.Unknown;
    }

    // The same actor, or (for a speaker the kit cannot name) the same name written the same way.
    private static bool SamePerson(QuoteText t, QuoteSpeaker a, QuoteSpeaker b) =>
        a.Actor is not null ? a.Actor == b.Actor
        : b.Actor is null && NameOf(t, a).SequenceEqual(NameOf(t, b));

    // A view of the text, not a copy: compared for every earlier speaker.
    private static ReadOnlySpan<char> NameOf(QuoteText t, QuoteSpeaker s) => s.NameStart >= 0 ? t.Text.AsSpan(s.NameStart, s.NameEnd - s.NameStart) : s.Text;

    // The history is in sentence order (a continuation repeats a verb of an earlier sentence before the verbs of this
    // one), so the search stops at the first earlier sentence instead of going back through the whole article.
    private Said? LatestInSentence(SieveContext c, Agreement verb)
    {
        var history = c.History;
        for (int k = history.Count - 1; k >= 0 && history[k].Cue.Sentence >= c.Cue.Sentence; k--)
            if (history[k].Cue.Sentence == c.Cue.Sentence && Agrees(c, verb, history[k].Speaker)) return history[k];
        return null;
    }

    // The latest earlier speaker who agrees with the verb (a loop from the end: no closure per call).
    private Said? LatestAgreeing(SieveContext c, Agreement verb)
    {
        for (int k = c.History.Count - 1; k >= 0; k--)
            if (Agrees(c, verb, c.History[k].Speaker)) return c.History[k];
        return null;
    }

    // The person a sentence is about: the subject of the verb that opens it, else the first person named in it outside
    // quotes — the first of these that agrees with the verb.
    private (Mention Person, string How)? TopicOf(SieveContext c, int sentence, Agreement verb)
    {
        var t = c.Text;
        int first = t.FirstWordOf(sentence);
        if (OpeningSubject(c, first, t.EndWordOf(sentence)) is { } opener && PersonIn(t, opener) is { } subject && Agrees(c, verb, subject))
            return (subject, $"the subject of «{t.WordText(first)}» that opens it: {opener.How}");
        for (int k = first; k < t.EndWordOf(sentence); k++)
            if (t.NameMentionAt[k] is { Type: ActorType.Person } m && !c.InsideQuotedText(m.Start) && Agrees(c, verb, m))
                return (m, "the first person named in it");
        return null;
    }

    private static QuoteSpeaker Antecedent(Mention m) => new(m.Surface, m.Start, m.End, m.Actor, true, "", "") { NameStart = m.Start, NameEnd = m.End };

    // An antecedent the kit could not name leaves this speaker unnamed too, rather than skipping back to an older one.
    private SpeakerDecision Resolved(SieveContext c, QuoteSpeaker? antecedent, string reason) =>
        antecedent is null
            ? new(new QuoteSpeaker("", -1, -1, null, true, Name, reason + ", whom the kit could not name: left empty"), c.AfterVerb, null, false)
            : new(antecedent with { Resolved = true, Sieve = Name, Reason = reason }, c.AfterVerb, null, false);
}
