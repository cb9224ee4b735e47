using Kit.Actors;
using Kit.Actors.Discovery;
using Kit.Lexicon;
using Kit.Text;

namespace Kit.Quotes;

/// <summary>
/// Reads a speaker phrase starting at a word: a name (وزارة الدفاع الأمريكية البنتاغون → the last of the names in
/// apposition), a descriptor and the name after it (صحيفة واشنطن بوست → واشنطن بوست), or a title and the words that
/// may follow it (المتحدث باسم البنتاغون بيتر كوك → بيتر كوك; مسؤول كبير في وزارة الخارجية الأمريكية → all of it).
/// A definite word the titles file does not know starts a phrase only when a person's name follows
/// (المرشحة الديمقراطية هيلاري كلينتون). One or two words the gazetteer does not know, right after a title and right
/// before أن، a verb or a punctuation mark, are taken as a name (نائب رئيس الوزراء التركي نعمان قورتولموش إن).
/// The name lexicon is the extractor's (an instructor's own person-names file reaches every rule that asks about names).
/// </summary>
internal sealed class SpeakerPhraseReader(SpeakerTitles titles, QuoteCues cues, RoleIndex roles, NameLexicon names)
{
    private const int MaxUnknownNameWords = 2;

    public SpeakerTitles Titles => titles;

    /// <summary>The cue lists the reader asks (the word forms' phrase starts are decided against them).</summary>
    public QuoteCues Cues => cues;

    /// <summary>The given names, name words and ordinary words the reader's rules ask about.</summary>
    public NameLexicon Names => names;

    public SpeakerPhrase? Read(QuoteText t, int i, bool allowConjunction)
    {
        if (i < 0 || i >= t.Words.Length) return null;
        if (t.NameMentionAt[i] is { } name) return NamePhrase(t, i, name, "a name");

        string word = t.Norm[i];
        int proclitic = 0;
        // The form's role head was decided once (RoleFactsOf): the word itself when it is a head, else the word without
        // its conjunction when that is one; no lookups per reading.
        var form = t.Forms[i];
        bool head = form.RoleHead is { } roleHead && roleHead.Length == word.Length;
        if (allowConjunction && !head && form.RoleHead is not null)
        {
            word = form.Bare;
            proclitic = 1;
            head = true;
        }
        if ((form.ReaderWords & (proclitic == 1 ? ReaderWords.BareDescriptor : ReaderWords.Descriptor)) != 0 && i + 1 < t.Words.Length && t.SentenceOf(i + 1) == t.SentenceOf(i)
            && t.NameMentionAt[i + 1] is { } described && OnlySpacesOrMarks(t.Gap(i + 1)))
            return NamePhrase(t, i, described, $"the name after «{t.WordText(i)}»");
        if (Statement(t, i) is { } institution) return institution;
        if (head) return TitlePhrase(t, i, word, proclitic, requireName: false);
        // An unknown title (المرشحة الديمقراطية …) counts only when it leads to a person's name.
        if (IsDefinite(word) && t.CueAt[i] is null && TitlePhrase(t, i, word, proclitic, requireName: true) is { } named) return named;
        return PhraseToPerson(t, i, proclitic) ?? NationalBody(t, i, proclitic);
    }

    // «أكدت الخارجية الروسية»، «قالت الرئاسة الفرنسية»: a definite noun and a nationality adjective name a state body.
    private SpeakerPhrase? NationalBody(QuoteText t, int i, int proclitic)
    {
        int sentence = t.SentenceOf(i);
        if (!IsDefinite(t.Norm[i]) || t.CueAt[i] is not null || i + 1 >= t.Words.Length || t.SentenceOf(i + 1) != sentence || !t.BlankGap(i + 1) || !t.AdjectiveAt[i + 1])
            return null;
        int end = i + 2;
        while (end < t.Words.Length && t.SentenceOf(end) == sentence && t.BlankGap(end) && t.AdjectiveAt[end]) end++;
        int start = t.SkipLetters(i, proclitic);
        return new SpeakerPhrase(i, end, t.Text[start..t.Words[end - 1].End], start, t.Words[end - 1].End, null, false, null,
            "a definite noun and a nationality adjective: a state body (no actor)");
    }

    /// <summary>
    /// Every role the article writes right before a person's name (وزير الخارجية الأمريكي أنتوني بلينكن): later, the role
    /// alone names that person. Linear: each name looks back a few words.
    /// </summary>
    public void FindRoleHolders(QuoteText t)
    {
        const int MaxRoleWords = 6;
        foreach (int w in t.NamedWords) // only the words a name starts in, in order
        {
            if (t.NameMentionAt[w] is not { Type: ActorType.Person } person) continue;
            int first = t.FirstWordOf(t.SentenceOf(w)), k = w - 1;
            while (k >= first && w - k <= MaxRoleWords && t.BlankGap(k + 1) && t.NameMentionAt[k] is null && RoleWord(t, k)) k--;
            for (int head = k + 1; head < w; head++)
            {
                if (t.Forms[head].RoleHead is not { } headWord) continue;
                // Key(head + words) is Key(head) + words: a one-word role is its shared key, with no string made.
                t.AddRoleHolder(JoinFrom(t.Forms[head].RoleHeadKey!, t.Norm, head + 1, w), person);
            }
        }
    }

    /// <summary>What FindRoleHolders and each reading ask of a word form, decided once per form (<see cref="WordForms"/> keeps it).</summary>
    public RoleFacts RoleFactsOf(string norm, string bare)
    {
        string? head = IsHead(norm) ? norm : IsHead(bare) ? bare : null;
        bool roleWord = head is not null || IsDefinite(norm) || IsAdjective(norm) || titles.Modifiers.Contains(norm) || titles.Links.Contains(norm);
        var words = (titles.Stops.Contains(norm) ? ReaderWords.Stop : 0) | (titles.Descriptors.Contains(norm) ? ReaderWords.Descriptor : 0)
            | (titles.Descriptors.Contains(bare) ? ReaderWords.BareDescriptor : 0) | (StatementWords.Contains(bare) ? ReaderWords.Statement : 0);
        return new RoleFacts(head, head is null ? null : RoleIndex.Key(head), roleWord, words);
    }

    // A stop word of the titles file: the form's bit, for a word of the document.
    private static bool IsStop(QuoteText t, int k) => (t.Forms[k].ReaderWords & ReaderWords.Stop) != 0;

    // A phrase of normalized words: the first as given, then words [from, to), joined by spaces.
    private static string JoinFrom(string first, NormalizedWords norm, int from, int to)
    {
        if (to <= from) return first;
        int length = first.Length;
        for (int k = from; k < to; k++) length += 1 + norm[k].Length;
        // The phrase is written straight into its string: no array of parts.
        return string.Create(length, (first, norm, from, to), static (chars, phrase) =>
        {
            phrase.first.CopyTo(chars);
            int at = phrase.first.Length;
            for (int k = phrase.from; k < phrase.to; k++)
            {
                chars[at++] = ' ';
                phrase.norm[k].CopyTo(chars[at..]);
                at += phrase.norm[k].Length;
            }
        });
    }

    private static bool RoleWord(QuoteText t, int k) => t.Forms[k].MayBeRoleWord || t.AdjectiveAt[k];

    private static readonly HashSet<string> StatementWords = new(StringComparer.Ordinal) { "بيان", "البيان", "بيانا", "بلاغ", "البلاغ" };

    private static readonly HashSet<string> ProcedureLinks = new(StringComparer.Ordinal) { "في", "باسم", "لدى", "عن", "من", "ب", "الي" };

    // «بيان صادر عن وزارة الخارجية»: a statement speaks for its institution, which is the speaker.
    private SpeakerPhrase? Statement(QuoteText t, int i)
    {
        if ((t.Forms[i].ReaderWords & ReaderWords.Statement) == 0) return null;
        int sentence = t.SentenceOf(i), k = i + 1;
        if (k < t.Words.Length && t.Norm[k] is "صادر" or "صدر" or "الصادر") k++;
        if (k + 1 >= t.Words.Length || t.Norm[k] != "عن" || t.SentenceOf(k + 1) != sentence || !t.BlankGap(k) || !t.BlankGap(k + 1)) return null;
        int first = k + 1;
        if (t.NameMentionAt[first] is { } named) return NamePhrase(t, i, named, "a statement issued by an institution") with { FirstWord = i };
        // The institution as written: a noun and the definite words that qualify it (وزارة المالية اللبنانية).
        int end = first + 1;
        while (end < t.Words.Length && t.SentenceOf(end) == sentence && t.BlankGap(end) && (IsDefinite(t.Norm[end]) || t.AdjectiveAt[end] || t.NameMentionAt[end] is not null)) end++;
        if (end == first + 1) return null;
        return new SpeakerPhrase(i, end, t.Text[t.Words[first].Start..t.Words[end - 1].End], t.Words[first].Start, t.Words[end - 1].End, null, false, null,
            $"«{t.WordText(i)} … عن»: a statement speaks for the institution that issued it");
    }

    // A phrase the titles file does not know that leads to a person's name (مدرب المنتخب المغربي لكرة القدم وليد الركراكي،
    // الطبيب في مستشفى الخرطوم التعليمي محمد عبد الرحيم): title and name, the name naming the actor.
    private SpeakerPhrase? PhraseToPerson(QuoteText t, int i, int proclitic)
    {
        const int MaxPhraseWords = 10;
        string first = t.Norm[i];
        if (t.CueAt[i] is not null || IsStop(t, i) || cues.Complementizers.MatchAt(t, i) > 0 || first.Length < 3)
            return null;
        // للصحفيين، بالقول: to whom, or how; but بائعة، باحث، لاعب are person nouns whose first letter only looks like one.
        if (first.Length > 3 && first[0] is 'ل' or 'ب' && !cues.PersonNouns.Contains(first)) return null;
        int sentence = t.SentenceOf(i);
        for (int j = i; j < t.Words.Length && j - i < MaxPhraseWords && t.SentenceOf(j) == sentence; )
        {
            if (j > i && (!t.BlankGap(j) || t.CueAt[j] is not null || cues.Complementizers.MatchAt(t, j) > 0 || IsStop(t, j))) return null;
            if (t.NameMentionAt[j] is { } m)
            {
                if (m.Type == ActorType.Person)
                {
                    if (j == i) return null;
                    int start = t.SkipLetters(i, proclitic);
                    return new SpeakerPhrase(i, t.WordAfter(m), t.Text[start..m.End], start, m.End, m.Actor, true, null,
                        $"a title and a name («{t.Text[start..m.End]}»){(m.IsDiscovered ? $"; the person was discovered ({m.Evidence})" : "")}")
                    { NameStart = m.Start, NameEnd = m.End };
                }
                j = t.WordAfter(m);
                continue;
            }
            string w = t.Norm[j];
            // Only a title's words lead to the name: no conjunction, no other preposition (الاتصال الثالث بين كيري …).
            if (!ProcedureLinks.Contains(w) && (Kit.Lexicon.Stopwords.Default.Contains(w) || cues.Particles.MatchAt(t, j) > 0
                || cues.Negations.MatchAt(t, j) > 0
                || j > i && w.Length > 3 && w[0] == 'و' && !IsDefinite(w) && !IsHead(w) && !names.OrdinaryWords.Contains(w)))
                return null;
            j++;
        }
        return null;
    }

    private const int MaxQuotedNameWords = 5;

    // When the word at j is a body noun (مؤسسة) and a name of at most five words in quotation marks follows it, with more of
    // the phrase after the closing mark, the word after that mark; else null.
    private int? QuotedBodyNameEnd(QuoteText t, int j, int sentence)
    {
        // The marks as QuoteMarkPairer paired them: one opening alone in the gap after the noun, one closing alone in a gap
        // at most five words on, in the same sentence. The gap is looked at first: most words have no mark after them, and
        // then the noun is not cut out of the word.
        if (!MarkAlone(t, j + 1)) return null;
        string w = t.Forms[j].Bare; // the word without its conjunction (WithoutConjunction), made once per form
        if (!cues.NamedBodies.Contains(IsDefinite(w) ? w[2..] : w)
            || t.OuterPairOpeningIn(t.Words[j].End, t.Words[j + 1].Start) is not { } pair)
            return null;
        int after = t.WordFrom(pair.Close);
        return after < t.Words.Length && after - (j + 1) <= MaxQuotedNameWords && after > j + 1 && t.SentenceOf(after) == sentence
            && MarkAlone(t, after) && AllBlankBetween(t, j + 2, after) ? after : null;
    }

    // The gap before word i holds one quotation mark and white space only.
    private static bool MarkAlone(QuoteText t, int i) => t.Gap(i).Trim().Length == 1;

    private static bool AllBlankBetween(QuoteText t, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (!t.BlankGap(k)) return false;
        return true;
    }

    private bool ConstructNoun(QuoteText t, int j, int sentence)
    {
        string w = t.Norm[j];
        if (w.Length < 3 || w[0] is 'ي' or 'ت' || !names.OrdinaryWords.Contains(w)) return false;
        for (int k = j + 1; k <= j + 2 && k < t.Words.Length && t.SentenceOf(k) == sentence && t.BlankGap(k); k++)
        {
            string next = t.Norm[k];
            if (next.StartsWith("ال", StringComparison.Ordinal) || t.NameMentionAt[k] is { Type: not ActorType.Person }) return true;
            if (!names.OrdinaryWords.Contains(next)) return false;
        }
        return false;
    }

    /// <summary>
    /// لكن مسؤولا في المستشفى قال، غير أن دبلوماسيا أوروبيا قال: after إن، أن، لكن the subject is in the accusative, an
    /// indefinite title with the ending ا. The title's phrase as Read gives it for the bare title; null for any other word.
    /// Called once per verb whose clause opens with no phrase Read knows (it cuts a string then), not per word.
    /// </summary>
    public SpeakerPhrase? ReadAccusativeTitle(QuoteText t, int i, int minLength = 5)
    {
        if (i < 0 || i >= t.Words.Length || t.NameMentionAt[i] is not null) return null;
        string word = t.Norm[i];
        if (word.Length < minLength || word[^1] != 'ا' || word[^2] == 'ا') return null;
        string stem = word[..^1];
        return titles.Titles.ContainsKey(stem) ? TitlePhrase(t, i, stem, 0, requireName: false) : null;
    }

    private bool IsHead(string word) => titles.Titles.ContainsKey(word) || titles.Descriptors.Contains(word);

    // Names in apposition (وزارة الدفاع الأمريكية البنتاغون): the last one is the speaker, as the gold does.
    private SpeakerPhrase NamePhrase(QuoteText t, int first, Mention name, string how)
    {
        var last = name;
        int after; // the word after the last name, found once for the loop, the phrase and its end
        while (true)
        {
            after = t.WordAfter(last);
            if (after >= t.Words.Length || t.SentenceOf(after) != t.SentenceOf(first) || !t.BlankGap(after)
                || t.NameMentionAt[after] is not { } m || m.Actor != last.Actor)
                break;
            last = m;
        }
        string note = last == name ? how : $"{how} (of the names in apposition, the last: «{last.Surface}»)";
        int end = NameEndWithoutObject(t, last, after);
        return new SpeakerPhrase(first, after, t.Text[last.Start..end], last.Start, end, last.Actor, true, null, note) { NameStart = last.Start, NameEnd = end };
    }

    // قال كريم الحلبي لزملائه، وقالت سامية نادر بصوتها: a found name that ends in a word with ل or ب before it and a
    // pronoun after it swallowed an addressee or a manner, never a name; the speaker span stops before it.
    // after: the word after the name (WordAfter).
    private int NameEndWithoutObject(QuoteText t, Mention name, int after)
    {
        int first = t.WordFrom(name.Start), k = after - 1;
        if (k <= first || k >= t.Words.Length || t.Words[k].End != name.End) return name.End;
        string written = t.WordText(k), norm = t.Norm[k];
        if (norm.Length < 5 || norm[0] is not ('ل' or 'ب') || norm.StartsWith("ال", StringComparison.Ordinal) || written.EndsWith('ة')
            || names.IsGivenName(norm))
            return name.End;
        foreach (string suffix in Clitics.ThirdPersonPronouns)
            if (norm.EndsWith(suffix, StringComparison.Ordinal) && norm.Length - suffix.Length >= 4) return t.Words[k - 1].End;
        return name.End;
    }

    private SpeakerPhrase? TitlePhrase(QuoteText t, int head, string headWord, int proclitic, bool requireName)
    {
        int sentence = t.SentenceOf(head);
        int j = head + 1, pastMarks = -1;
        Mention? person = null;
        while (j < t.Words.Length && t.SentenceOf(j) == sentence && (t.BlankGap(j) || j == pastMarks) && t.CueAt[j] is null)
        {
            string w = t.Norm[j];
            // في مؤسسة "جي إن إس ساينس" الحكومية: a body's name in quotation marks is part of the title; the phrase runs on past it.
            if (j + 1 < t.Words.Length && (QuotedBodyNameEnd(t, j, sentence)
                    ?? (titles.Links.Contains(w) && t.BlankGap(j + 1) && j + 2 < t.Words.Length ? QuotedBodyNameEnd(t, j + 1, sentence) : null)) is int after)
            {
                j = pastMarks = after;
                continue;
            }
            if (t.NameMentionAt[j] is { } m) // before the word lists: بان (كي مون) is a name, not بأن
            {
                j = t.WordAfter(m);
                if (m.Type == ActorType.Person)
                {
                    person = m;
                    break; // a person's name ends the phrase
                }
                continue;
            }
            if (IsStop(t, j) || cues.Complementizers.MatchAt(t, j) > 0) break;
            // After an unknown title only adjectives may come before the name (المرشحة الديمقراطية هيلاري كلينتون).
            bool adjective = t.AdjectiveAt[j] || titles.Modifiers.Contains(w) || IsAdjective(w);
            if (adjective || !requireName && (titles.Titles.ContainsKey(w) || IsDefinite(w) || IsLinkWithPronoun(w)))
            {
                j++;
                continue;
            }
            if (!requireName && titles.Links.Contains(w) && j + 1 < t.Words.Length && t.SentenceOf(j + 1) == sentence && t.BlankGap(j + 1)
                && (t.NameMentionAt[j + 1] is not null || IsDefinite(t.Norm[j + 1]) || IsHead(t.Norm[j + 1])))
            {
                j++;
                continue;
            }
            // A noun in construct before a definite word (رئيس وفد المعارضة، وزيرة الدفاع في حكومة تصريف الأعمال): an
            // ordinary word of the lexicon, not a verb.
            // Only right after the head or a link: دبلوماسي غربي طلب عدم الكشف is no construct.
            if (!requireName && (j == head + 1 || titles.Links.Contains(t.Norm[j - 1])) && ConstructNoun(t, j, sentence))
            {
                j++;
                continue;
            }
            break;
        }
        int phraseStart = t.SkipLetters(head, proclitic);
        if (person is not null)
        {
            string withName = t.Text[phraseStart..person.End]; // cut once, for the phrase and its reason
            return new SpeakerPhrase(head, j, withName, phraseStart, person.End, person.Actor, true, null,
                $"a title and a name («{withName}»){(person.IsDiscovered ? $"; the person was discovered ({person.Evidence})" : "")}")
            { NameStart = person.Start, NameEnd = person.End };
        }
        if (requireName) return null;
        string titleText = t.Text[phraseStart..t.Words[j - 1].End]; // cut only for a phrase with no person's name
        if (UnknownName(t, j) is int nameEnd)
            return new SpeakerPhrase(head, nameEnd, t.Text[phraseStart..t.Words[nameEnd - 1].End], phraseStart, t.Words[nameEnd - 1].End,
                null, true, null, $"a title («{titleText}») and a name the kit does not know")
            { NameStart = t.Words[j].Start, NameEnd = t.Words[nameEnd - 1].End };

        int start = phraseStart, end = t.Words[j - 1].End;
        // The phrase as the role index keys it, made once for the three look-ups (Key(head + words) is Key(head) + words,
        // and a one-word role is the form's shared key: no string made).
        var headForm = t.Forms[head];
        string key = JoinFrom(headForm.RoleHead == headWord ? headForm.RoleHeadKey! : RoleIndex.Key(headWord), t.Norm, head + 1, j);
        // A role names a person when the article itself named them with it earlier, or when the article's date falls in a term.
        string? actor = null, roleReason = null;
        if (t.RoleHolderBefore(key, start) is { } holder)
        {
            (actor, roleReason) = (holder.Actor, $"the article named «{holder.Surface}» with this role earlier");
            // وأضافت المعلمة after المعلمة ميتشيكو أونو: like a description, the speaker span becomes the name's.
            (titleText, start, end) = (holder.Surface, holder.Start, holder.End);
        }
        else if (roles.IsRole(key))
            (actor, roleReason) = roles.Lookup(key, t);
        string? hint = actor is null && roleReason is null && j == head + 1 ? titles.Titles.GetValueOrDefault(headWord) : null;
        string how = roleReason is not null ? $"a role with no name: {roleReason}"
            : hint is not null ? $"a title standing alone, pointing back to the {hint}"
            : "a title or source with no name (no actor)";
        return new SpeakerPhrase(head, j, titleText, start, end, actor, false, hint, how) { IsRole = roleReason is not null };
    }

    // One or two plain words (in no word list; ال only on a second word, a surname: هدى الحلبي) between a title and
    // أن / a verb / punctuation: a name.
    private int? UnknownName(QuoteText t, int j)
    {
        int sentence = t.SentenceOf(j - 1);
        for (int n = 1; n <= MaxUnknownNameWords; n++)
        {
            int k = j + n - 1;
            if (k >= t.Words.Length || t.SentenceOf(k) != sentence || !t.BlankGap(k) || !PlainWord(t, k, surname: n > 1)) return null;
            int after = k + 1;
            bool closes = after >= t.Words.Length || t.SentenceOf(after) != sentence || !t.BlankGap(after)
                || t.CueAt[after] is not null || cues.Complementizers.MatchAt(t, after) > 0;
            if (closes) return after;
        }
        return null;
    }

    private bool PlainWord(QuoteText t, int k, bool surname)
    {
        string w = t.Norm[k];
        return w.Length >= 3 && t.CueAt[k] is null && t.NameMentionAt[k] is null && !t.AdjectiveAt[k]
            && (surname || !w.StartsWith("ال", StringComparison.Ordinal) && !w.StartsWith("لل", StringComparison.Ordinal))
            // بالقرار، والتعليم: a preposition or conjunction on a definite ordinary word is no name.
            && !(w.Length > 4 && (w.StartsWith("بال", StringComparison.Ordinal) || w.StartsWith("وال", StringComparison.Ordinal)
                 || w.StartsWith("فال", StringComparison.Ordinal) || w.StartsWith("كال", StringComparison.Ordinal))
                 && names.IsOrdinaryWord(w))
            && !titles.Stops.Contains(w) && !titles.Links.Contains(w) && !titles.Modifiers.Contains(w) && !IsHead(w)
            && cues.Particles.MatchAt(t, k) == 0 && cues.Negations.MatchAt(t, k) == 0 && cues.Connectives.MatchAt(t, k, true) == 0
            && cues.Copulas.MatchAt(t, k) == 0 && cues.Relatives.MatchAt(t, k) == 0 && cues.Complementizers.MatchAt(t, k) == 0
            && cues.AdverbialOpeners.MatchAt(t, k) == 0;
    }

    // Nisba adjectives end in ي / ية (normalized يه) and their plurals: غربي، الأممي، أميركيين.
    // The endings first, the stop words (a lookup) only for a word that has one.
    private bool IsAdjective(string w) =>
        w.Length >= 4
        && (w.EndsWith('ي') || w.EndsWith("يه", StringComparison.Ordinal) || w.EndsWith("يين", StringComparison.Ordinal)
            || w.EndsWith("يون", StringComparison.Ordinal))
        && !titles.Stops.Contains(w);

    // A word with the article (الخارجية، للأمم): a genitive or an adjective in the title's phrase.
    private bool IsDefinite(string w) =>
        w.Length >= 4 && (w.StartsWith("ال", StringComparison.Ordinal) || w.StartsWith("لل", StringComparison.Ordinal)) && !titles.Stops.Contains(w);

    // باسمه، باسمها: a link that carries its own complement.
    // A loop, not Any with a lambda: no closure per word of a title's phrase.
    private bool IsLinkWithPronoun(string w)
    {
        var pronouns = cues.Pronouns;
        for (int k = 0; k < pronouns.Count; k++)
            if (pronouns[k] is var p && w.Length > p.Length + 2 && w.EndsWith(p, StringComparison.Ordinal) && titles.Links.Contains(w[..^p.Length])) return true;
        return false;
    }

    private static bool OnlySpacesOrMarks(ReadOnlySpan<char> gap)
    {
        foreach (char c in gap)
            if (!char.IsWhiteSpace(c) && !QuotationMarks.IsMark(c)) return false;
        return true;
    }
}
