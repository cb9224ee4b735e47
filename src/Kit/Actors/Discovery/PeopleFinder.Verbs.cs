using Kit.Lexicon;
using Kit.Normalization;
using Kit.Text;

namespace Kit.Actors.Discovery;

// Names as the subject of a verb: news sentences put the speaker or the doer right after the verb.
public sealed partial class PeopleFinder
{
    private void FindSpeechSubjects(Document d, Opens[] opens)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        TextSpan[] original = d.Original;
        string text = d.Text;
        // 2b. The subject right after a reporting verb (وقالت كاميلا ريبيرو، … ; قال محمود، وهو …): news sentences put the
        // speaker after the verb. One to three words, each a given name, a name link or no ordinary word, ending where a
        // subject ends (a punctuation mark, a complementizer, a preposition).
        for (int i = 0; i + 1 < count; i++)
        {
            int first = i + 1;
            if ((opens[i] & Opens.SpeechVerb) == 0 || taken[first] || !d.Joined(first)) continue;
            // وقالت أم سمير، …: أم and a given name (a mother called after her child, a kunya) before a boundary is the speaker.
            if (w[first] == "ام" && first + 2 <= count && d.Joined(first + 1) && !taken[first + 1] && IsGiven(w[first + 1]) && !_stopwords.Contains(w[first + 1])
                && (first + 2 == count || !d.Joined(first + 2) || IsComplementizer(w[first + 2])))
            {
                Take(d, new Found(first, first + 2, 0, "speech", text[original[i].Start..original[i].End], -1));
                i = first + 1;
                continue;
            }
            if (w[first].StartsWith("ال", StringComparison.Ordinal) && !patterns.NameLinks.Contains(w[first]) || IsTitleHead(w[first]) || IsInstitutionHead(w[first])) continue;
            // يقولون لي أعد، قال له اذهب: a preposition and its pronoun that is also a name (لي) is a name only before a word no dictionary knows.
            if (Lexicon.PersonToldPronouns.Contains(w[first]) && (first + 1 >= count || !d.Joined(first + 1) || Lexicon.IsOrdinaryWord(w[first + 1]))) continue;
            // قال سنواصل …: a future verb opens unmarked speech, not a name.
            if (w[first].Length >= 5 && w[first][0] == 'س' && w[first][1] is 'ي' or 'ت' or 'ن' or 'ا') continue;
            int k = first, nameWords = 0;
            // يارا، تيري: right after the verb, a word with a present-tense letter first is a name when it is no word at all.
            // Not وسيلة نقل تربطهم: a present verb with its object pronoun (هم، ها) is no name.
            bool ForeignFirst(int x) => x == first && x + 1 < count && w[x].Length >= 4 && w[x][0] is 'ي' or 'ت' && !Lexicon.IsOrdinaryWord(w[x])
                && verbs.Lookup(w[x]) is null && !_stopwords.Contains(w[x]) && !PronounEnding(w[x]);
            while (k < count && nameWords < MaxWordsAfterGivenName && d.Joined(k) && !taken[k] && (IsNameWord(w[k]) || ForeignFirst(k) || k > first && (LinkedTitleWord(w, k) || InnerLink(w[k])))
                   && (k == first || !IsTitleHead(w[k]) && !Conjoined(d, k)))
            {
                if (!patterns.NameLinks.Contains(w[k])) nameWords++;
                k++;
            }
            while (k > first && patterns.NameLinks.Contains(w[k - 1])) k--;
            if (nameWords == 0 || k == first) continue;
            // آل مبارك مبتسمة: a name that starts with a link ends at the next ordinary word.
            bool linked = patterns.NameLinks.Contains(w[first]);
            if (linked)
                for (int x = first + 2; x < k; x++)
                    if (!IsGiven(w[x]) && Lexicon.IsOrdinaryWord(w[x])) { k = x; break; }
            if (!linked && !SubjectEnds(w, k, d.JoinedTest)) continue;
            // أبدى حذرا، ونقل قطعا عبر: an ordinary word in the indefinite accusative alone after the verb, before a comma or a
            // word that is no complementizer, is its object, no name (وأضافت فارا أن، قالت فارا: keep the name).
            if (k - first == 1 && AccusativeWord(w[first]) && k < count
                && (d.Joined(k) && w[k] is not (GrammarWords.Anna or GrammarWords.AnnaHu or GrammarWords.AnnaHa or GrammarWords.BiAnna) || d.N.AsSpan(d.Words[k - 1].End, d.Words[k].Start - d.Words[k - 1].End).IndexOfAny('،', ',') >= 0)) continue;
            // The first word is the evidence: a given name, a link, or no ordinary word (the family name after it may be one: يارا نصار).
            // A name that is also a word (أمل، نصر) counts here only with a family name after it.
            bool given = IsGiven(w[first]) || Lexicon.WordNames.Contains(w[first]) && k - first > 1
                // وقال نجم الحسناوي، …: a definite nisba cannot qualify the indefinite word before it; together they are a name.
                // Not وزارة البيئة: a first word in ة is a noun (given names in ة are in the lists), and the surname is masculine.
                || k - first == 2 && !w[first].StartsWith("ال", StringComparison.Ordinal) && !w[first].EndsWith('ه') && !IsNisbaAdjective(w[first]) && !PluralOrVerbal(w[first])
                   && !IsTitleHead(w[first]) && w[first + 1].Length > 4 && w[first + 1].StartsWith("ال", StringComparison.Ordinal) && w[first + 1].EndsWith('ي');
            if (!linked && !given && (IsWordAsWritten(w[first]) || IsNisbaAdjective(w[first]))) continue;
            if (!given && !PlausibleFirstNameWord(w, first, k) || InsideInstitution(d, first, d.JoinedTest)) continue;
            Take(d, new Found(first, k, 0, "speech", text[original[i].Start..original[i].End], -1));
            i = k - 1;
        }
    }

    // وقال، فأضاف: a finite reporting verb of three letters or more, as written or behind و or ف (Opens.FiniteVerb).
    private bool FiniteReportingVerb(string verb)
    {
        if (verb.Length < 3) return false;
        bool conjunction = verb.Length > 3 && Clitics.IsConjunction(verb[0]);
        var form = verbs.Lookup(verb) ?? (conjunction ? verbs.Lookup(verb.AsSpan(1)) : null);
        return form is { IsFinite: true };
    }

    private void FindAfterReportingVerbs(Document d)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        List<Found> found = d.Found;
        // 2b. A word no dictionary knows right after a finite reporting verb, ending at a boundary: a foreign name
        // (وقال غريفيث إن، وأضاف بيسكوف أن).
        // A surname of a full name already found (before this rule) is left to the propagation below, which says whose it
        // is: the set is made when a verb first opens its clause, as most documents have none that does.
        int foundBefore = found.Count;
        HashSet<string>? surnames = null;
        for (int i = 1; i < count; i++)
        {
            if (taken[i] || !d.Joined(i) || (d.OpensAt[i - 1] & Opens.FiniteVerb) == 0) continue;
            // The verb opens its clause: after و or ف, or first in its sentence (not بين in «محادثات بين عسكريين»).
            string verb = w[i - 1];
            bool conjunction = verb.Length > 3 && Clitics.IsConjunction(verb[0]);
            if (!conjunction && i > 1 && d.Joined(i - 1)) continue;
            surnames ??= found.Take(foundBefore).Where(f => f.End - f.First > 1).Select(f => w[f.End - 1]).ToHashSet(StringComparer.Ordinal);
            if (surnames.Contains(w[i])) continue;
            if (!UnknownWord(w[i]) || Plural(w[i])) continue;
            // وأكدت زميلته ليلى …: a noun of a role or of kinship with its possessive suffix is the subject's head, no name.
            if (PossessedRole(w[i]) || KinshipNoun(w[i]) || FeminineWithPossessive(w[i])) continue;
            int end = i + 1;
            while (end < count && end - i < 3 && d.Joined(end) && !taken[end] && UnknownWord(w[end]) && IsNameWord(w[end]) && !Plural(w[end])) end++;
            if (!SpeechBoundary(w, end, d.JoinedTest) || !IsNameWord(w[i])) continue;
            Take(d, new Found(i, end, 0, "after-verb", w[i - 1], -1));
            i = end - 1;
        }
    }

    // زميلته، مديرتها: a noun the word list knows, with the feminine ending (ت before a suffix) and a possessive suffix of
    // the third person (not ي: روسيتي، بيتي end foreign names).
    private bool FeminineWithPossessive(string x)
    {
        foreach (var suffix in PossessiveSuffixes)
        {
            if (suffix is "ي" or "نا" or "كم" || x.Length - suffix.Length < 4 || !x.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = x[..^suffix.Length];
            if (stem[^1] == 'ت' && !IsGiven(stem[..^1]) && Lexicon.OrdinaryWords.Contains(stem[..^1])) return true;
        }
        return false;
    }

    private void FindAfterClauseVerbs(Document d, Opens[] wordOpens)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        // 2k. Two or three words no dictionary knows right after a verb that opens its clause (وجلست مالالا رانيفو على …،
        // يخرج X Y كل صباح): the verb's subject, a person's full name.
        for (int i = 1; i + 1 < count; i++)
        {
            if (taken[i] || (wordOpens[i] & Opens.UnknownName) == 0 || !d.Joined(i)) continue;
            string verb = w[i - 1];
            bool opens = i == 1 || !d.Joined(i - 1);
            // وجلست، فوقفت: و or ف on a word; جلست، لوحت: a past verb of a woman first in its clause; يخرج: a present verb.
            bool verbLike = ClauseVerb(verb) && !IsInstitutionHead(verb[1..]) && !Lexicon.PlaceHeads.Contains(verb[1..]) && !IsTitleHead(verb[1..]) && !verb.EndsWith('ه')
                || opens && verb.Length is >= 4 and <= 6 && verb[^1] == 'ت' && Lexicon.IsOrdinaryWord(verb) && !IsGiven(verb)
                || opens && verb.Length >= 4 && verb[0] is 'ي' or 'ت' && !IsGiven(verb) && KnownVerbShape(verb);
            // فوق، وبين: a preposition or a particle is no verb.
            if (!verbLike || !opens && !ClauseVerb(verb) || _stopwords.Contains(verb) || _stopwords.Contains(verb[1..]) || TitlePrepositions.Contains(verb[1..])) continue;
            int end = i + 1;
            // زيندر ومارادي: a word behind و opens a second name, of a place as often as of a person.
            while (end < count && end - i < 3 && d.Joined(end) && !taken[end] && w[end][0] != 'و' && UnknownWord(w[end]) && IsNameWord(w[end]) && !Plural(w[end])) end++;
            if (end - i < 2 || !Boundary(w, end, d.JoinedTest) && !SpeechBoundary(w, end, d.JoinedTest) || InsideInstitution(d, i, d.JoinedTest)) continue;
            Take(d, new Found(i, end, 0, "after-verb", verb, -1));
            i = end - 1;
        }
    }

    // أما كيسانغ تشودن فقالت …: after أما, two or three words no dictionary knows (or given names) and then ف on a verb (the
    // answer of أما) are the topic of the clause, a person (kind of blind17).
    private void FindTopicsOfAmma(Document d)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        for (int i = 1; i + 1 < count; i++)
        {
            if ((d.OpensAt[i - 1] & Opens.Amma) == 0 || !d.Joined(i) || taken[i]) continue; // by position: the strings of most words are left unread
            int end = i;
            while (end < count && end - i < MaxWordsAfterGivenName && d.Joined(end) && !taken[end] && !w[end].StartsWith("ال", StringComparison.Ordinal)
                   && !AnswerOfAmma(w[end]) && IsNameWord(w[end], false, true) && (UnknownWord(w[end]) || IsGiven(w[end]) && !Lexicon.WordNames.Contains(w[end])) && !Plural(w[end]))
                end++;
            // أما موين، ابن قرية …؛ أما سلمى الراشدية، وهي ممرضة …: the topic of أما set off by a comma before an apposition.
            if (TopicBeforeApposition(d, i) is int topicEnd)
            {
                Take(d, new Found(i, topicEnd, 0, "after-verb", GrammarWords.Amma, -1));
                i = topicEnd;
                continue;
            }
            // One word alone is left to the quote reader, which names such a speaker without an actor (FrontedSubjectTests).
            if (end - i < 2 || end >= count || !d.Joined(end) || !AnswerOfAmma(w[end]) || InsideInstitution(d, i, d.JoinedTest)) continue;
            Take(d, new Found(i, end, 0, "after-verb", GrammarWords.Amma, -1));
            i = end;
        }
    }

    // After أما: one to three name words, closed by a comma and an apposition (وهو/وهي، a title or role noun, صاحب، ابن/ابنة):
    // the first a given name or a word no dictionary knows (one word alone: a word no dictionary knows), a later one may be a
    // definite family name no dictionary knows or a nisba (kind of blind37, blind39, blind40).
    private int? TopicBeforeApposition(Document d, int i)
    {
        string[] w = d.W;
        int count = d.Count;
        bool PluralWord(string x) => Plural(x) && !UnknownWord(x);
        if (w[i].StartsWith("ال", StringComparison.Ordinal) || !IsNameWord(w[i], false, true) || PluralWord(w[i])) return null;
        int end = i + 1;
        while (end < count && end - i < MaxWordsAfterGivenName && d.Joined(end) && !d.Taken[end] && IsNameWord(w[end], true, true) && !PluralWord(w[end])
               && (UnknownWord(w[end]) || IsGiven(w[end]) || w[end].StartsWith("ال", StringComparison.Ordinal) && (!Lexicon.IsOrdinaryWord(w[end]) || IsNisbaAdjective(w[end]) || w[end].EndsWith("يه", StringComparison.Ordinal))))
            end++;
        if (end >= count || d.Joined(end) || !d.CommaBefore(end)) return null;
        // One word alone: a word no dictionary knows; more: a given name no list marks as a word, a word no dictionary knows or a
        // definite family name after the first.
        bool Strong(int x) => UnknownWord(w[x]) && !IsGiven(w[x]) || IsGiven(w[x]) && !Lexicon.WordNames.Contains(w[x]) || x > i && w[x].StartsWith("ال", StringComparison.Ordinal);
        if (end - i == 1 ? !(UnknownWord(w[i]) && !IsGiven(w[i]) && !Lexicon.WordNames.Contains(w[i])) : !Enumerable.Range(i, end - i).Any(Strong)) return null;
        if (Lexicon.PlaceHeads.Contains(w[i]) || IsTitleHead(w[i]) || IsInstitutionHead(w[i])) return null;
        if (!(Apposition(d, end) || w[end] is "ابن" or "ابنه" && end + 1 < count && d.Joined(end + 1))) return null;
        if (InsideInstitution(d, i, d.JoinedTest)) return null;
        return end;
    }

    // فقالت، فأكد: ف on a verb, the answer of أما.
    private bool AnswerOfAmma(string x) => x.Length >= 4 && x[0] == 'ف' && !IsGiven(x) && (IsSpeechVerb(x) || KnownVerbShape(x[1..]));
}
