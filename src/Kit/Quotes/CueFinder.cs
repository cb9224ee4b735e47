using Kit.Lexicon;

namespace Kit.Quotes;

/// <summary>Finds the reporting verbs of a document, with the facts about their surroundings the later rules need.</summary>
internal static class CueFinder
{
    // Proclitics a verbal noun may carry (بالقول، لإقناع); a finite verb or participle takes only و or ف.
    private static readonly string[] NounProclitics = [.. Clitics.BeforeVerbalNoun];

    public static void Find(QuoteText t, QuoteCues cues)
    {
        foreach (int i in t.VerbWords) // only the words whose form is a reporting verb (noted as the forms were filled in)
        {
            var word = t.Forms[i];
            var form = word.Verb!;
            int proclitic = word.Proclitic;
            if (form.AdjacentOnly && !BeforeComplementizerOrMark(t, i, cues)) continue;
            // مصدر طلب عدم ذكر اسمه: after عدم the verb's form is a verbal noun; it neither reports nor ends the source's clause.
            if (i > 0 && t.BlankGap(i) && cues.VerbalNounHeads.MatchEndingAt(t, i - 1) > 0) continue;
            if (form.Kind == VerbFormKind.Participle && proclitic == 0 && Adjective(t, i, cues)) continue;
            if (proclitic == 0 && DescribesTheWords(t, i, form)) continue;
            if (proclitic == 0 && AfterPreposition(t, i, form, cues)) continue;
            if (proclitic == 0 && WrittenOn(t, i, form)) continue;

            int verbStart = t.SkipLetters(i, proclitic);
            int? clauseStart = null;
            bool pronoun = false;
            int connective = cues.Connectives.MatchEndingAt(t, i - 1, allowProclitic: true);
            if (i > 0 && t.SentenceOf(i - 1) == t.SentenceOf(i) && connective > 0 && t.BlankGap(i))
            {
                clauseStart = t.Words[i - connective].Start;
                pronoun = connective == 1 && cues.CarriesPronoun(t.Forms[i - 1].Bare, cues.Connectives);
            }
            else if (proclitic > 0 && Clitics.IsConjunction(t.Norm[i][0]))
                clauseStart = t.Words[i].Start;
            else if (HasClausePunctuation(t.Gap(i)) || form.Kind == VerbFormKind.Participle)
                clauseStart = t.Words[i].Start;

            int attribution = i >= 2 ? cues.AttributionAfter.MatchEndingAt(t, i - 1) : 0;
            bool negated = i > 0 && t.BlankGap(i) && cues.Negations.MatchEndingAt(t, i - 1, allowProclitic: true) == 1;
            var cue = new ReportingCue(i, t.SentenceOf(i), form, t.Text[verbStart..t.Words[i].End], verbStart, t.Words[i].End,
                negated, t.InsideMarks(t.Words[i].Start), clauseStart, pronoun, attribution > 0 ? i - attribution : null);
            t.CueAt[i] = cue;
            t.Cues.Add(cue);
        }
    }

    /// <summary>The reporting verb a normalized word is, and the length of the proclitic before it (decided once per form, by <see cref="WordForms"/>).</summary>
    public static (VerbForm? Form, int Proclitic) Lookup(string word, ReportingVerbs verbs)
    {
        if (verbs.Lookup(word) is { } direct) return (direct, 0);
        if (word.Length > 3 && Clitics.IsConjunction(word[0]) && verbs.Lookup(word.AsSpan(1)) is { } conj)
            return (conj, 1);
        foreach (var p in NounProclitics)
            if (word.Length > p.Length + 2 && word.StartsWith(p, StringComparison.Ordinal) && verbs.Lookup(word.AsSpan(p.Length)) is { Kind: VerbFormKind.Noun } noun)
                return (noun, p.Length);
        return (null, 0);
    }

    // بين counts as a verb only right before أن or a quotation mark: elsewhere it is "between".
    private static bool BeforeComplementizerOrMark(QuoteText t, int i, QuoteCues cues)
    {
        if (i + 1 >= t.Words.Length || t.SentenceOf(i + 1) != t.SentenceOf(i)) return false;
        if (t.OuterPairOpeningIn(t.Words[i].End, t.Words[i + 1].Start) is not null) return true;
        if (t.BlankGap(i + 1) && cues.Complementizers.MatchAt(t, i + 1) > 0) return true;
        // ورد تشالين بأن …: one word with no ال (a name, the subject) between the verb and بأن; بين الناس بأن stays "between".
        return i + 2 < t.Words.Length && t.SentenceOf(i + 2) == t.SentenceOf(i) && t.BlankGap(i + 1) && t.BlankGap(i + 2)
            && t.Norm[i + 2] == "بان" && !t.Norm[i + 1].StartsWith("ال", StringComparison.Ordinal) && cues.Complementizers.MatchAt(t, i + 1) == 0;
    }

    // 1200 حالة ملاريا مؤكدة سجلت: a participle straight after a word, with nothing of speech after it (no أن, mark,
    // colon, preposition or ل), is an adjective, and must not end the clause it stands in.
    private static bool Adjective(QuoteText t, int i, QuoteCues cues)
    {
        if (i == 0 || !t.BlankGap(i) || t.SentenceOf(i - 1) != t.SentenceOf(i)) return false;
        if (i + 1 >= t.Words.Length || t.SentenceOf(i + 1) != t.SentenceOf(i) || BeforeComplementizerOrMark(t, i, cues)) return false;
        if (t.Gap(i + 1).IndexOfAny(':', '：') >= 0 || !t.BlankGap(i + 1)) return false;
        string next = t.Norm[i + 1];
        if (next.Length == 0) return false; // a lone tatweel or mark: nothing to read
        return cues.Prepositions.MatchAt(t, i + 1) == 0 && next[0] != 'ل' && cues.Complementizers.MatchAt(t, i + 1) == 0;
    }

    // في تصريحات نقلتها وكالة الأنباء: a past verb carrying "them/it" right after an indefinite noun describes that
    // noun (the statements the agency carried); the speaker is the one whose verb came before, not the agency.
    private static bool DescribesTheWords(QuoteText t, int i, VerbForm form)
    {
        if (form.Kind != VerbFormKind.Past || i == 0 || !t.BlankGap(i) || t.SentenceOf(i - 1) != t.SentenceOf(i)) return false;
        bool carriesObject = form.Form.EndsWith("ها", StringComparison.Ordinal) || form.Form.Length > form.Lemma.Length + 1 && form.Form.EndsWith('ه');
        string before = t.Norm[i - 1];
        return carriesObject && before.Length > 2 && !before.StartsWith("ال", StringComparison.Ordinal) && t.CueAt[i - 1] is null && t.NameMentionAt[i - 1] is null;
    }

    // إلى نقل التكنولوجيا، على ذكر الحادثة: a past form right after a preposition is a verbal noun, not a verb that
    // reports (من is left out: من قال is "who said").
    private static bool AfterPreposition(QuoteText t, int i, VerbForm form, QuoteCues cues)
    {
        if (form.Kind != VerbFormKind.Past || i == 0 || !t.BlankGap(i) || t.SentenceOf(i - 1) != t.SentenceOf(i)) return false;
        string before = QuoteText.WithoutConjunction(t.Norm[i - 1]);
        return before != "من" && cues.Prepositions.Contains(before);
    }

    // لافتة كتب عليها "…": written on a thing, the verb is impersonal and reports no one's words.
    private static bool WrittenOn(QuoteText t, int i, VerbForm form) =>
        form.Kind == VerbFormKind.Past && form.Lemma == "كتب" && i + 1 < t.Words.Length && t.BlankGap(i + 1)
        && t.Norm[i + 1] is "عليه" or "عليها" or "عليهما";

    private static bool HasClausePunctuation(ReadOnlySpan<char> gap)
    {
        foreach (char c in gap)
            if (c is '،' or ',' or '؛' or ';') return true;
        return false;
    }
}
