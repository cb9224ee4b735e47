using Kit.Actors;
using Kit.Actors.Discovery;
using Kit.Lexicon;

namespace Kit.Quotes.Speakers;

/// <summary>
/// "وقال الرجل السبعيني مبتسما إن …", "ويقول المزارع الستيني": a definite description of a person (a noun of
/// Data/quote-cues.txt [person-nouns] with ال, then only definite adjectives or a state such as مبتسما) names no one but
/// points back to a person named before: the nearest introduced with one of its words (المدرب الإسباني خافيير مونتيرو), else
/// the one person who agrees in gender named in its sentence or the one before (none when there are two). The speaker span becomes that mention's, and Resolved is set.
/// </summary>
internal sealed class DescriptionResolver(QuoteCues cues, Gazetteer gazetteer, NameLexicon names, SpeakerTitles titles)
{
    public const string Name = "description";

    public QuoteSpeaker Resolve(QuoteText t, QuoteSpeaker speaker, FoundQuotes quotes)
    {
        if (speaker.Start < 0) return speaker;
        // The speaker's first word, found once: the age and the alias keep the speaker's start.
        int first = t.WordFrom(speaker.Start);
        if (!speaker.Resolved && AgeOrdinal(t, speaker, first) is { } age) speaker = age;
        if (!speaker.Resolved && speaker.Actor is not null) speaker = AliasAsDescription(t, speaker, first);
        if (speaker.Actor is not null || speaker.Resolved) return speaker;
        int end = t.WordFrom(speaker.End);
        if (first >= t.Words.Length || end <= first) return speaker;
        // الموظفة في مصرف محلي: a phrase the reader ended on a preposition is the description, then a place after it.
        if (end - first >= 2 && cues.Prepositions.MatchAt(t, end - 1) == 1) end--;
        string head = t.Forms[first].Bare;
        bool definite = head.StartsWith("ال", StringComparison.Ordinal);
        if (!cues.PersonNouns.Contains(definite ? head[2..] : head)) return speaker;
        // أستاذة اللسانيات: a person noun before a definite genitive is definite too.
        if (!definite && (end - first < 2 || !t.Norm[first + 1].StartsWith("ال", StringComparison.Ordinal))) return speaker;
        bool placeInside = false;
        for (int k = first + 1; k < end; k++)
        {
            // التلميذة في الشعبة العلمية: a place of definite words inside the phrase, read like a place after it.
            if (!placeInside && k + 1 < end && cues.Prepositions.MatchAt(t, k) == 1 && !IsAge(t, first, k)) { placeInside = true; continue; }
            if (!t.Norm[k].StartsWith("ال", StringComparison.Ordinal) && cues.Manner.MatchAt(t, k) == 0 && !IsAge(t, first, k)
                && !(t.Norm[k] is "عشر" or "عشره" && names.AgeOrdinals.Contains(Stem(t.Norm[k - 1])))) return speaker;
        }
        // الطبيب في مستشفى …، الطالب أمير علي لاشاري: a phrase the reader cut short (a name it does not know follows) describes no one before.
        if (end < t.Words.Length && t.SentenceOf(end) == t.SentenceOf(first) && t.BlankGap(end)
            && cues.Complementizers.MatchAt(t, end) == 0 && cues.Manner.MatchAt(t, end) == 0 && !StartsAside(t.Norm[end])
            && Stem(t.Norm[end - 1]) is not ("بالغ" or "بالغه") // الصياد البالغ ثلاثة وستين عاما: an age follows
            && !WhereThenSpeech(t, end) && !RelativeThenSpeech(t, end))
            return speaker;
        // البالغة من العمر is an age, no place.
        bool placeAfter = placeInside || end < t.Words.Length && t.BlankGap(end) && cues.Prepositions.MatchAt(t, end) > 0
            && !(end + 1 < t.Words.Length && t.Norm[end + 1] == "العمر");
        var words = Enumerable.Range(first, end - first).Select(k => Stem(t.Norm[k])).Where(w => w.Length > 2).ToArray();
        // الأم الأربعينية: a few person nouns are feminine without ة (Data/quote-cues.txt [feminine-person-nouns]).
        var gender = head.EndsWith('ه') || cues.FeminineNouns.Contains(definite ? head[2..] : head) ? Agreement.Feminine : Agreement.Masculine;
        int sentence = t.SentenceOf(first);
        int near = sentence == 0 ? 0 : t.FirstWordOf(sentence - 1);
        string? nearActor = null;
        Mention? nearest = null, firstBefore = null;
        bool ambiguous = false, agreeingInSentence = false;
        for (int k = first - 1; k >= 0; k--)
        {
            if (t.NameMentionAt[k] is not { Type: ActorType.Person } m || !StartsAt(t, m, k) || t.InsideMarks(m.Start) || quotes.Covers(m.Start)) continue;
            if (IntroducedAs(t, k, words)) return Resolved(speaker, m, $"«{speaker.Text}» points back to «{m.Surface}», introduced with the same words");
            if (k < near || !AgreementReader.Agree(gender, AgreementReader.OfSpeaker(Antecedent(m), gazetteer, names, titles))) continue;
            if (t.SentenceOf(k) == sentence) agreeingInSentence = true;
            else firstBefore = m; // going back: the last one kept is the first named in the sentence before
            if (nearest is null) (nearest, nearActor) = (m, m.Actor ?? m.Surface);
            else if ((m.Actor ?? m.Surface) != nearActor) ambiguous = true;
        }
        // وجلس محمد البقالي إلى جانب ابنه ياسين. وقال البحار الخمسيني: with two who agree, all in the sentence before, the
        // description points back to the one that sentence is about, its first person (the others come with them).
        if (ambiguous && !agreeingInSentence && firstBefore is not null)
        {
            string firstActor = firstBefore.Actor ?? firstBefore.Surface;
            if (placeAfter && quotes.Any(q => q.Speaker is { } s && (s.Actor ?? s.Text) == firstActor)) return speaker;
            return Resolved(speaker, firstBefore, $"«{speaker.Text}» points back to «{firstBefore.Surface}», the first person named in the sentence before, whom it is about");
        }
        // وقال المزارع خلف الحمود … . وأضاف الرجل الستيني: with no person named who agrees (the finder missed the name), the
        // description goes back to the latest speaker of its sentence or the one before, when that speaker was written as a
        // person (a person noun opens the phrase) and agrees.
        if (nearest is null && !placeAfter && LastPersonSpeaker(t, quotes, near, first, gender) is { } last)
            return last with { Resolved = true, Sieve = Name, Reason = $"{speaker.Reason}; «{speaker.Text}» points back to «{last.Text}», the latest speaker, written as a person" };
        // الطبيب في مستشفى الخرطوم after سامي نادر spoke introduces someone new; after a person who has not spoken yet, it describes them.
        if (placeAfter && nearest is not null && quotes.Any(q => q.Speaker is { } s && (s.Actor ?? s.Text) == nearActor)) return speaker;
        return nearest is null || ambiguous ? speaker
            : Resolved(speaker, nearest, $"«{speaker.Text}» points back to «{nearest.Surface}», the one person named in this sentence or the one before who agrees");
    }

    // Whether a name starts where its word starts (as WordFrom(m.Start) == k asks, without a search: the name starts
    // inside word k, see the mentions placed in QuoteText's constructor).
    private static bool StartsAt(QuoteText t, Mention m, int k) => t.Words[k].Start == m.Start;

    // The speaker of the latest quote, when it stands between near and first, opens with a person noun and agrees.
    private QuoteSpeaker? LastPersonSpeaker(QuoteText t, FoundQuotes quotes, int near, int first, Agreement gender)
    {
        if (quotes.Count == 0 || quotes[^1].Speaker is not { Start: >= 0 } last || string.IsNullOrEmpty(last.Text)) return null;
        int at = t.WordFrom(last.Start);
        if (at < near || at >= first) return null;
        string head = QuoteText.WithoutConjunction(t.Norm[at]);
        if (!head.StartsWith("ال", StringComparison.Ordinal) || !cues.PersonNouns.Contains(head[2..])) return null;
        return AgreementReader.Agree(gender, AgreementReader.OfSpeaker(last, gazetteer, names, titles)) ? last : null;
    }

    // وتابع المعلم المتقاعد: a one-word name the gazetteer knows that is also a definite person noun, followed by definite
    // adjectives that are no name, is a description, not that actor: the phrase runs over the adjectives, with no actor.
    private QuoteSpeaker AliasAsDescription(QuoteText t, QuoteSpeaker speaker, int first)
    {
        int end = t.WordFrom(speaker.End);
        if (end - first != 1 || first >= t.Words.Length) return speaker;
        string head = t.Forms[first].Bare;
        if (!head.StartsWith("ال", StringComparison.Ordinal) || !cues.PersonNouns.Contains(head[2..])) return speaker;
        int stop = end;
        while (stop < t.Words.Length && stop - first < MaxAdjectives && t.SentenceOf(stop) == t.SentenceOf(first) && t.BlankGap(stop)
               && t.Norm[stop].StartsWith("ال", StringComparison.Ordinal) && t.NameMentionAt[stop] is null && t.CueAt[stop] is null)
            stop++;
        if (stop == end) return speaker;
        return new QuoteSpeaker(t.Text[speaker.Start..t.Words[stop - 1].End], speaker.Start, t.Words[stop - 1].End, null, false, speaker.Sieve,
            $"{speaker.Reason}; «{t.WordsText(first, stop - first)}»: a person noun with definite adjectives describes a person, though its noun is also a name");
    }

    // وقال ابن التاسعة عشرة بعد المباراة: ابن or ابنة and an ordinal (Data/person-names.txt [age-ordinals]) is an age, no name
    // even when the finder read one: the phrase runs over the ordinal (and عشر or عشرة), with no actor.
    private QuoteSpeaker? AgeOrdinal(QuoteText t, QuoteSpeaker speaker, int first)
    {
        if (first + 1 >= t.Words.Length || t.Forms[first].Bare is not ("ابن" or "ابنه")) return null;
        string ordinal = t.Norm[first + 1];
        if (!ordinal.StartsWith("ال", StringComparison.Ordinal) || !names.AgeOrdinals.Contains(ordinal[2..])) return null;
        if (!t.BlankGap(first + 1) || t.SentenceOf(first + 1) != t.SentenceOf(first)) return null;
        int stop = first + 2;
        if (stop < t.Words.Length && t.BlankGap(stop) && t.SentenceOf(stop) == t.SentenceOf(first) && t.Norm[stop] is "عشر" or "عشره") stop++;
        return new QuoteSpeaker(t.Text[speaker.Start..t.Words[stop - 1].End], speaker.Start, t.Words[stop - 1].End, null, false, speaker.Sieve,
            $"{speaker.Reason}; «{t.WordsText(first, stop - first)}»: ابن and an ordinal is an age, a description, no name");
    }

    private const int MaxAdjectives = 3;

    private const int MaxPlaceWords = 6;

    // العامل في فرق الرش إن …، الشاب بعد وصوله: …: where or when, then أن or a colon with no comma and no name between, still describes the subject.
    private bool WhereThenSpeech(QuoteText t, int k)
    {
        if (cues.Prepositions.MatchAt(t, k) == 0) return false;
        return SpeechWithin(t, k, MaxPlaceWords);
    }

    private const int MaxRelativeWords = 12;

    // الرجل الذي قفز من الجسر في شبابه إن …: a relative clause about the subject, then أن or a colon, still describes it.
    private bool RelativeThenSpeech(QuoteText t, int k) =>
        cues.Relatives.MatchAt(t, k) > 0 && SpeechWithin(t, k, MaxRelativeWords);

    // Whether أن or a colon comes within so many words after k, in its sentence, with no person named, no reporting verb and no other punctuation before it.
    private bool SpeechWithin(QuoteText t, int k, int max)
    {
        int sentence = t.SentenceOf(k);
        for (int j = k + 1; j < t.Words.Length && j <= k + max && t.SentenceOf(j) == sentence; j++)
        {
            if (t.Gap(j).Contains(':')) return true;
            if (!t.BlankGap(j) || t.NameMentionAt[j] is { Type: ActorType.Person } || t.CueAt[j] is not null) return false;
            if (cues.Complementizers.MatchAt(t, j) > 0) return true;
        }
        return false;
    }

    // المرأة البالغة 71 عاما، البالغ من العمر 22 عاما: an age in the description, after a form of بالغ.
    private static bool IsAge(QuoteText t, int first, int k)
    {
        string w = t.Norm[k];
        if (!(w.All(char.IsDigit) || w is "عاما" or "عام" or "سنه" or "من" or "العمر")) return false;
        for (int j = first; j < k; j++)
            if (Stem(t.Norm[j]) is "بالغ" or "بالغه") return true;
        return false;
    }

    // وهو يرفع الكأس، للصحافيين، لوكالة: what may follow the subject before the quote.
    private static bool StartsAside(string w) => w is "وهو" or "وهي" || w.Length > 3 && w[0] == 'ل' && !w.StartsWith("ال", StringComparison.Ordinal);

    // A word without ال: المدرب → مدرب, الإسباني → إسباني.
    private static string Stem(string w)
    {
        w = QuoteText.WithoutConjunction(w);
        return w.StartsWith("ال", StringComparison.Ordinal) ? w[2..] : w;
    }

    // Whether one of the three words before a name is a word of the description: المدرب الإسباني خافيير مونتيرو, التونسية أنس جابر.
    private static bool IntroducedAs(QuoteText t, int nameWord, string[] words)
    {
        for (int k = nameWord - 1; k >= Math.Max(0, nameWord - 3); k--)
            if (Array.IndexOf(words, Stem(t.Norm[k])) >= 0) return true;
        return false;
    }

    private static QuoteSpeaker Antecedent(Mention m) => new(m.Surface, m.Start, m.End, m.Actor, true, "", "") { NameStart = m.Start, NameEnd = m.End };

    private static QuoteSpeaker Resolved(QuoteSpeaker speaker, Mention m, string reason) =>
        Antecedent(m) with { Sieve = Name, Reason = $"{speaker.Reason}; {reason}" };
}
