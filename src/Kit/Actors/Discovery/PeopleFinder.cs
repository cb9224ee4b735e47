using Kit.Lexicon;
using Kit.Normalization;
using Kit.Text;

namespace Kit.Actors.Discovery;

/// <summary>
/// Finds the people of a document that the gazetteer does not know, with the evidence for each mention:
/// <list type="bullet">
/// <item>title: a name right after a title or role (المبعوث الأممي مارتن غريفيث; <see cref="NameDiscoverer"/>);</item>
/// <item>given name: a given name of Data/person-names.txt and one to three name words after it (هدى الحلبي، محمد بن سلمان);</item>
/// <item>nickname: the name after «المعروف بـ» that follows a person's name;</item>
/// <item>surname: once a full name is found, its surname (or the full name again) anywhere in the document, behind its proclitics (وغريفيث، لغريفيث).</item>
/// </list>
/// Traps: a name after the head of a place or institution (مستشفى الملك فهد، ملعب محمد الخامس) is no person; a
/// surname that is also an ordinary word (عون، سلامة) counts alone only next to a title or a reporting verb.
/// Everything is per document and linear in its words.
/// </summary>
public sealed class PeopleFinder(TitlePatterns patterns, NameLexicon lexicon, ReportingVerbs verbs)
{
    private const int MaxWordsAfterGivenName = 3;

    // The given name علي as it stands in the word array once told from the preposition على.
    private const string AliName = "علي\u200C";

    // Proclitics that can stand before a name, longest first (وبغريفيث، لغريفيث، فغريفيث).
    private static readonly string[] Proclitics = [.. Clitics.BeforePersonName];

    // Second halves of compound names: the surname of حسن نصر الله is نصر الله, not الله ([compound-ends]).
    private IReadOnlySet<string> CompoundEnds => Lexicon.CompoundEnds;

    // Titles that stand inside an institution's name before a person's name (مستشفى الملك فهد; [inner-titles]).
    private IReadOnlySet<string> InnerTitles => Lexicon.InnerTitles;

    public static PeopleFinder Default => DefaultLazy.Value;

    private static readonly Lazy<PeopleFinder> DefaultLazy = new(() => new PeopleFinder(TitlePatterns.Default, NameLexicon.Default, ReportingVerbs.Default));

    public NameLexicon Lexicon { get; } = lexicon;

    private readonly WordList _stopwords = Stopwords.Default;

    private readonly HashSet<string> _titleWords = patterns.Titles.Concat(patterns.TitlesOf).Select(t => t[0])
        .Concat(patterns.Honorifics).ToHashSet(StringComparer.Ordinal);

    /// <summary>A found name: words First..End (exclusive), letters of a proclitic to skip on the first word, the rule and its detail.</summary>
    private readonly record struct Found(int First, int End, int Skip, string Rule, string Detail, int Person);

    private sealed class Person(string key, string[] words)
    {
        public string Key { get; } = key;

        public string[] Words { get; set; } = words;

        public string Canonical { get; set; } = "";
    }

    internal IReadOnlyList<Mention> Find(string documentId, string text, NormalizedText normalized, IReadOnlyList<(int Start, int End)> words,
        int[] sentenceStarts, IReadOnlyList<Mention> known, NameDiscoverer titles, IReadOnlyList<Tokenization.Sentence>? sentences = null,
        ISet<int>? insidePlaceNames = null)
    {
        int count = words.Count;
        string n = normalized.Text;
        var w = new string[count];
        var original = new TextSpan[count];
        for (int i = 0; i < count; i++)
        {
            w[i] = n[words[i].Start..words[i].End];
            original[i] = normalized.ToOriginal(words[i].Start, words[i].End);
        }
        // علي (a name) and على (on) are one word once normalized: the original spelling tells them apart.
        for (int i = 0; i < count; i++)
            if (w[i] == "علي" && text[original[i].End - 1] == 'ي') w[i] = AliName;
        // ألفونس، ألبرت: أل with a hamza is no article; a word no list knows keeps its first letters apart from «ال».
        for (int i = 0; i < count; i++)
            if (w[i].Length > 4 && w[i].StartsWith("ال", StringComparison.Ordinal) && text[original[i].Start] is 'أ' or 'إ' && !IsGiven(w[i]) && !Lexicon.IsOrdinaryWord(w[i]))
                w[i] = "ا\u200C" + w[i][1..];
        var joined = WordJoins.Of(n, words); // asked many times per word: read once
        bool Joined(int i) => i > 0 && i < count && joined[i];
        // آنا-ليزا: nothing but a hyphen between two words.
        bool Hyphened(int i) => i > 0 && i < count && words[i].Start - words[i - 1].End == 1 && n[words[i - 1].End] is '-' or '\u2010' or '\u2011';
        // سو-يون، جي-هون: word i after a hyphen, it and the word before it short syllables without the article.
        // Not شمال-شرق: two ordinary words, one of four letters, are a compound of words (جي-هون: syllables are shorter).
        bool SyllablePair(int i) => Hyphened(i) && Syllable(w[i - 1]) && Syllable(w[i])
            && !(Lexicon.OrdinaryWords.Contains(w[i - 1]) && Lexicon.OrdinaryWords.Contains(w[i]) && Math.Max(w[i - 1].Length, w[i].Length) >= 4);
        static bool Syllable(string x) => x.Length is >= 2 and <= 4 && !x.StartsWith("ال", StringComparison.Ordinal) && x.All(char.IsLetter);
        int WordOf(int offset)
        {
            int lo = 0, hi = count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                if (original[mid].End <= offset) lo = mid + 1;
                else if (original[mid].Start > offset) hi = mid - 1;
                else return mid;
            }
            return -1;
        }

        // مجموعة "جان دوبون": a name in quotation marks right after a head is the institution's (nothing but spaces and marks between).
        bool QuotedAfterHead(int i)
        {
            if (i <= 0 || i >= count) return false;
            bool mark = false;
            for (int c = words[i - 1].End; c < words[i].Start; c++)
                if (QuotationMarks.IsMark(n[c])) mark = true;
                else if (!char.IsWhiteSpace(n[c])) return false;
            return mark;
        }

        // بـ«الصقر الأسمر»: a quotation mark between a word and the one before it (with anything else).
        bool MarkBetween(int i)
        {
            if (i <= 0 || i >= count) return i >= count;
            for (int c = words[i - 1].End; c < words[i].Start; c++)
                if (QuotationMarks.IsMark(n[c])) return true;
            return false;
        }

        // «، »: a comma between word c and the one before it.
        bool CommaBefore(int c) => c > 0 && c < count && n.AsSpan(words[c - 1].End, words[c].Start - words[c - 1].End).IndexOfAny('،', ',') >= 0;

        // The words of a found name, for the evidence.
        string FoundWords(Found f) => string.Join(' ', Enumerable.Range(f.First, f.End - f.First).Select(k => k == f.First ? w[k][f.Skip..] : w[k]));

        // A clause's opening, or a word with a preposition or the article (بإشراك، للاعبين) whose object the names are.
        bool ClauseOrPrepositionOpens(int k) => ClauseOpens(k) || k > 0 && Joined(k) && (w[k - 1].StartsWith("ال", StringComparison.Ordinal) || w[k - 1].Length > 4 && w[k - 1][0] is 'ب' or 'ل' && Lexicon.IsOrdinaryWord(w[k - 1]));

        // Where a clause opens before word k: the text's start or a mark, a particle (لكن، أما، بينهم، مع), or a verb.
        bool ClauseOpens(int k)
        {
            if (k == 0 || !Joined(k)) return true;
            string b = w[k - 1];
            if (TitlePrepositions.Contains(b) && b != "مع") return false;
            return _stopwords.Contains(b) || OpensClause(b);
        }
        // قال، وتشرف، يعد، هؤلاء: a verb or a particle that a clause's subject follows.
        bool OpensClause(string b) => ClauseParticles.Contains(b) || IsSpeechVerb(b) || ClauseVerb(b) && !IsGiven(b[1..])
            || b.Length >= 3 && b[0] is 'ي' or 'ت' && !IsGiven(b) && KnownVerbShape(b);

        // A word with و whose rest stands alone in the document is two words (نصر وغاليانو … غاليانو): a name ends before it.
        HashSet<string>? alone = null; // made when first asked: most documents never ask
        bool Conjoined(int k) => w[k].Length > 3 && w[k][0] == 'و' && !IsGiven(w[k]) && (alone ??= new HashSet<string>(w, StringComparer.Ordinal)).Contains(w[k][1..]);

        // Words the gazetteer already names are no one's new name.
        var taken = new bool[count];
        var knownType = new string?[count]; // the type of the gazetteer mention covering each word
        var adjectiveAt = new bool[count];
        foreach (var m in known)
            if (m.Kind == MentionKind.Adjective && WordOf(m.Start) is >= 0 and var a) adjectiveAt[a] = true;
        foreach (var m in known)
        {
            for (int k = Math.Max(0, WordOf(m.Start)); k >= 0 && k < count && original[k].Start < m.End; k++) knownType[k] ??= m.Type;
            int at = WordOf(m.Start);
            // تركي، مصري: a nationality adjective that is also a given name, followed by a name word, starts a name (العقيد تركي المالكي).
            // وفد تركي رفيع stays an adjective: the next word must be no ordinary word, or a title stand before.
            if (m.Kind == MentionKind.Adjective && at >= 0 && at + 1 < count && IsGiven(w[at]) && Joined(at + 1) && IsNameWord(w[at + 1])
                && !w[at].StartsWith("ال", StringComparison.Ordinal)
                && (!Lexicon.IsOrdinaryWord(w[at + 1]) || at > 0 && Joined(at) && IsTitleHead(w[at - 1])))
                continue;
            // قالت أمل الشناوي: a one-word organization of the gazetteer (أمل) that is also a given name, after a reporting verb
            // or a punctuation mark and before a word that is no ordinary word, starts a person's name.
            if (m.Type != ActorType.Person && m.Kind == MentionKind.Name && at >= 0 && WordOf(m.End - 1) == at && (IsGiven(w[at]) || Lexicon.WordNames.Contains(w[at]))
                && at + 1 < count && Joined(at + 1) && IsNameWord(w[at + 1])
                && (!Lexicon.IsOrdinaryWord(w[at + 1]) && (at == 0 || !Joined(at) || IsSpeechVerb(w[at - 1]))
                    // الدكتورة أمل الحسيني: after a title or an honorific, the family name may be a word (not a definite noun).
                    || at > 0 && Joined(at) && TitleOrHonorific(w[at - 1]) && !DefiniteNoun(w[at + 1]) && !AccusativeWord(w[at + 1])))
                continue;
            // فوزية العبادي: a surname the gazetteer knows alone, after a given name that is none of that person's names, is
            // someone else's surname; the given-name rule reads the whole name.
            if (m.Type == ActorType.Person && m.Kind == MentionKind.Name && at > 0 && WordOf(m.End - 1) == at && Joined(at) && !taken[at - 1]
                && knownType[at - 1] is null && IsGiven(w[at - 1]) && !IsNameOf(titles, m.Actor, w[at - 1]))
                continue;
            for (int k = Math.Max(0, at); k >= 0 && k < count && original[k].Start < m.End; k++) taken[k] = true;
        }

        // كأس عيسى بن سلمان، مستشفى الملك فهد: a person the gazetteer knows, inside the name of a prize, place or institution,
        // is no mention of that person; the caller drops those (their starts).
        if (insidePlaceNames is not null)
            foreach (var m in known)
                if (m.Type == ActorType.Person && m.Kind == MentionKind.Name && WordOf(m.Start) is > 0 and var at && InsideInstitution(w, at, Joined))
                    insidePlaceNames.Add(m.Start);

        // بورتو (البرتغال)، 6 تشرين …; أنجمينا، 12 تموز …: a word before a country in brackets, or opening a paragraph before a
        // comma and a day, is a dateline's city: a place wherever it stands, also behind a proclitic (بأنجمينا).
        var datelinePlaces = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k + 1 < count && k < 80; k++) // a dateline opens the article
        {
            if (knownType[k] is not null || w[k].Length < 3 || IsGiven(w[k])) continue;
            bool opens = words[k].Start == 0 || n[words[k].Start - 1] == '\n'; // a dateline starts its line
            if (opens && DatelineAfter.IsMatch(n.AsSpan(words[k].End, Math.Min(60, n.Length - words[k].End)))) datelinePlaces.Add(w[k]);
        }
        if (datelinePlaces.Count > 0)
            for (int k = 0; k < count; k++)
                if (knownType[k] is null && (datelinePlaces.Contains(w[k]) || w[k].Length > 4 && w[k][0] is 'ب' or 'ل' or 'و' or 'ف' && datelinePlaces.Contains(w[k][1..])))
                    taken[k] = true;

        // طلب مني: a given name in ى (منى) written with ي is a preposition with its pronoun, as علي is beside على.
        for (int i = 0; i < count; i++)
            if (PrepositionSpellings.Contains(w[i]) && text[original[i].End - 1] == 'ي') taken[i] = true;

        // وإيسيدرو كوندوري: و on a given name or a word no dictionary knows (the whole no name or word), then a name word.
        bool AndNextName(int j) => w[j].Length >= 4 && w[j][0] == 'و' && !IsGiven(w[j]) && !Lexicon.OrdinaryWords.Contains(w[j])
            && (IsGiven(w[j][1..]) || UnknownWord(w[j][1..])) && j + 1 < count && Joined(j + 1) && !taken[j + 1] && IsNameWord(w[j + 1]);

        var found = new List<Found>();
        bool InFoundName(string word)
        {
            foreach (var f in found)
                for (int k = f.First; k < f.End; k++)
                    if (w[k] == word) return true;
            return false;
        }
        // مدرب الأهلي … مدرب يونايتد سامي …: a word between a title in construct and a given name names the body the title leads.
        var bodies = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 2 < count; i++)
            if (IndefiniteTitle(w[i]) && Joined(i + 1) && Joined(i + 2) && !IsGiven(w[i + 1]) && UnknownWord(w[i + 1]) && IsGiven(w[i + 2])) bodies.Add(w[i + 1]);
        void Take(Found f)
        {
            // ستيفن يونايتد after مدرب يونايتد سامي …: a name ending in a body's word is that body, a team or a firm (kind of blind14).
            if (bodies.Contains(w[f.End - 1])) return;
            // ابن المدينة، ابن القرية: ابن and a definite place noun is a native of it, no name.
            if (f.End - f.First == 2 && w[f.First] is "ابن" or "بن" && w[f.First + 1].StartsWith("ال", StringComparison.Ordinal) && IsInstitutionHead(w[f.First + 1])) return;
            // … كيروغا رفض هذه الشكوى: a last word that is an ordinary word before a demonstrative is the verb of the
            // demonstrative's phrase, not the name's (kind of round people5).
            if (f.End - f.First >= 3 && f.End < count && Joined(f.End) && Lexicon.Demonstratives.Contains(w[f.End]) && !IsGiven(w[f.End - 1])
                && !w[f.End - 1].StartsWith("ال", StringComparison.Ordinal) && Lexicon.IsOrdinaryWord(w[f.End - 1]) && !patterns.NameLinks.Contains(w[f.End - 2]))
                f = f with { End = f.End - 1 };
            found.Add(f);
            for (int k = f.First; k < f.End; k++) taken[k] = true;
        }

        // 1. Names after titles.
        // The title discoverer sees the words as the gazetteer had them; علي as a name is its own matter.
        var plain = Array.IndexOf(w, AliName) < 0 ? w : Array.ConvertAll(w, x => x == AliName ? "علي" : x); // a copy only when علي is there
        foreach (var c in titles.Find(documentId, text, known, normalized, words, plain, sentences))
        {
            if (!c.IsNew) continue;
            // مستشفى … في زرنغار: after a title's phrase that ends in a preposition stands the preposition's object, a place.
            if (EndsInPreposition(c.Title)) continue;
            int first = WordOf(c.Start), end = WordOf(c.End - 1) + 1;
            while (end > first && Forms(w[end - 1]).Any(f => verbs.Lookup(f.Form) is not null)) end--; // لويد أوستن قوله: the verbal noun is no name
            // حسين أمير | عبد اللهيان: a link and a name word after the candidate belong to it.
            // هانس | فان دير ميرفه: links in a row, then the name word.
            while (end < count && Joined(end) && patterns.NameLinks.Contains(w[end]))
            {
                int x = end;
                while (x < count && Joined(x) && patterns.NameLinks.Contains(w[x])) x++;
                if (x >= count || !Joined(x) || taken[x] || !(IsNameWord(w[x]) || LinkedTitleWord(w, x))) break;
                end = x + 1;
            }
            if (end <= first || end - first == 1 && IsNisbaAdjective(w[first])) continue; // قائد ميداني: an adjective, not a name
            // التقى الرئيس ميشال عون الوفد: a third word that is an ordinary word with the article is the verb's object.
            while (end - first >= 3 && w[end - 1].StartsWith("ال", StringComparison.Ordinal) && !IsGiven(w[end - 1]) && Lexicon.IsOrdinaryWord(w[end - 1])
                   && !patterns.NameLinks.Contains(w[end - 2]))
                end--;
            if (first < 0 || end <= first || Enumerable.Range(first, end - first).Any(k => taken[k])) continue;
            if (InsideInstitution(w, first, Joined) || Lexicon.NotNames.Contains(w[first]) || !PlausibleFirstNameWord(w, first, end)) continue;
            // حاكم مقاطعة …، قائد سفينة …، مدير شركة …: a place or institution head as the first word names a place, not the title's person.
            if (!IsGiven(w[first]) && (IsInstitutionHead(w[first]) || Lexicon.PlaceHeads.Contains(w[first]))) continue;
            // رئيس بلدية كاراكول، رئيسة جمعية مزارعي كالولو: words after the title's body or place noun name that body or place.
            if (first > 0 && Joined(first) && !IsGiven(w[first]) && (InstitutionHeadForm(w[first - 1]) || Lexicon.PlaceHeads.Contains(w[first - 1]))) continue;
            // سفينة الأبحاث "الدكتور كارل هوفمان": a title and a name inside quotation marks name a vessel, a film or a brand.
            int titleWords = c.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (first > 1 && (MarkBetween(first - 1) || first - titleWords > 0 && MarkBetween(first - titleWords)) && MarkBetween(end)) continue;
            // وزارة الصحة والعمل: a conjunction or preposition with the article on an ordinary word is no name's first word.
            if (w[first].Length > 4 && (w[first].StartsWith("وال", StringComparison.Ordinal) || w[first].StartsWith("بال", StringComparison.Ordinal)
                || w[first].StartsWith("فال", StringComparison.Ordinal) || w[first].StartsWith("كال", StringComparison.Ordinal)) && Lexicon.IsOrdinaryWord(w[first]))
                continue;
            // الفريق سجل أكثر …: after a title that is also a common noun (the team, the brigade, the dean), one ordinary word is the noun's verb.
            // الفريق سيبقى، الرئيس سيزور: or a future verb.
            if (end - first == 1 && LoneWordNoName(NounTitle(c.Title), w[first]) || VerbAndObject(NounTitle(c.Title), w, first, end)) continue;
            // رئيس الوزراء سيرسل لجنة، الفريق سيبدأ الشهر المقبل: a future verb first opens the title's predicate, however many words follow.
            if (FutureVerb(w[first], NounTitle(c.Title))) continue;
            // مسؤول … فضل عدم ذكر اسمه، طلب عدم الكشف: a word before عدم is the verb of asking not to be named, and no name.
            if (NotNamedAt(w, first, end)) continue;
            // لـ"حزب الله": a proclitic cut from its word is no name; طلب عدم، مؤتمر صحافي: two ordinary words and no given name are a phrase.
            // عبد المجيد تبون، سالم بن حمد: a link inside the name is a name's shape, whatever its words are.
            bool linkInside = Enumerable.Range(first, Math.Max(0, end - first - 1)).Any(x => patterns.NameLinks.Contains(w[x]) && w[x].Length >= 2 && w[x] != "ال");
            if (w[first].Length < 2 || end - first > 1 && !linkInside && Enumerable.Range(first, end - first)
                    .All(x => patterns.NameLinks.Contains(w[x]) || !IsGiven(w[x]) && (IsWordAsWritten(w[x]) || IsNisbaAdjective(w[x]) || PrepositionOnWord(w[x]))))
                continue;
            // مدرب ريفيرا، قائد فرقة: after a title with no article (a noun in construct), one lone word that is no given name is the
            // team or body it leads, not a person (kind of round people5).
            if (end - first == 1 && !IsGiven(w[first]) && IndefiniteTitle(c.Title)) continue;
            // A lone word after a title that is an ordinary word (الرئيس عون is a name, الرئيس نفسه is not) needs no more: the title is the evidence.
            Take(new Found(first, end, 0, "title", c.Title, -1));
        }

        // Words that stand right after a given name somewhere in the document: someone's family name there.
        HashSet<string>? afterGiven = null;
        bool FamilyNameElsewhere(string word, int at)
        {
            if (afterGiven is null)
            {
                afterGiven = new HashSet<string>(StringComparer.Ordinal);
                for (int y = 1; y < count; y++)
                    if (Joined(y) && IsGiven(w[y - 1]) && !(y >= 2 && Joined(y - 1) && IsTitleHead(w[y - 2]))) afterGiven.Add(w[y]);
            }
            return afterGiven.Contains(word) && !(at > 0 && Joined(at) && IsGiven(w[at - 1]));
        }

        // 1b. Any title of the speaker titles, its qualifiers (الاقتصادي، باسم الجامعة، في حكومة تصريف الأعمال), then
        // one to three name-like words ending at a boundary: المدرب المؤقت رامون مينيزيس، وزيرة الدفاع … زينة عكر إن.
        for (int i = 0; i < count; i++)
        {
            // A title, or a definite nationality adjective before a name (التونسية أنس جابر، الأمريكية كوكو غوف).
            bool nationality = knownType[i] == ActorType.Country && adjectiveAt[i] && (w[i].StartsWith("ال", StringComparison.Ordinal) || w[i].StartsWith("وال", StringComparison.Ordinal));
            // والمغربي سعيد …: a nationality adjective of the lexicon's list, for countries the gazetteer lacks; not a surname
            // after a given name (أحمد الجزائري).
            nationality = nationality || !taken[i] && Lexicon.IsDefiniteNationality(w[i]) && !(i > 0 && Joined(i) && IsGiven(w[i - 1]))
                // البعثة الجزائرية: after a definite noun that is no title the adjective qualifies that noun.
                && !(i > 0 && Joined(i) && w[i - 1].StartsWith("ال", StringComparison.Ordinal) && !IsTitleHead(w[i - 1]));
            // المحمص الإيطالي …، مشترية … تدعى …: a role no list knows, or a naming verb, before a full foreign name.
            if (!nationality && !taken[i] && RoleBeforeName(w, i, Joined, taken, knownType) is var (roleFirst, roleEnd))
            {
                Take(new Found(roleFirst, roleEnd, 0, "title", text[original[i].Start..original[roleFirst - 1].End], -1));
                i = roleEnd - 1;
                continue;
            }
            if (!nationality && (taken[i] || !IsTitleHead(w[i]) || GivenNameNotTitle(w, i, Joined))) continue;
            // بولد الطالب، بن الشيخ: a title word right after a name link is the rest of a name.
            if (!nationality && i > 0 && Joined(i) && LinkWord(w[i - 1])) continue;
            int k = nationality ? i + 1 : SkipQualifiers(w, i + 1, Joined, taken, knownType);
            if (k >= count || !Joined(k) || taken[k]) continue;
            // A named institution inside the title's phrase (الباحث في معهد كارنيغي فريدريك ويري، محللة في مصرف غولدمان ساكس …):
            // of the name-like words after its head, the person's name is the given name on, else the last two.
            if (IsInstitutionHead(w[k]))
            {
                // أستاذ القانون في جامعة بيروت العربية نبيل خوري: a place the gazetteer knows and definite words name the
                // institution; a given name after them is the person.
                int after = k + 1;
                while (after < count && after - k <= 3 && Joined(after) && (taken[after] ? knownType[after] is { } type && type != ActorType.Person
                       : !w[after].StartsWith("ال", StringComparison.Ordinal) && !IsGiven(w[after]) && IsNameWord(w[after]) && !Lexicon.IsOrdinaryWord(w[after])))
                    after++;
                if (after > k + 1)
                {
                    while (after < count && Joined(after) && !taken[after] && w[after].StartsWith("ال", StringComparison.Ordinal) && !IsGiven(w[after])) after++;
                    if (after < count && Joined(after) && !taken[after] && IsGiven(w[after]))
                    {
                        k = after;
                        goto Name;
                    }
                }
                // الأستاذ في جامعة محمد الخامس رشيد البقالي: a king's name and ordinal name the institution; a given name after them is the person.
                if (k + 3 < count && Joined(k + 1) && Joined(k + 2) && Joined(k + 3) && IsGiven(w[k + 1]) && RegnalOrdinals.Contains(w[k + 2]) && !taken[k + 3] && IsGiven(w[k + 3]))
                {
                    k += 3;
                    goto Name;
                }
                // مدير مستشفى الشفاء محمد …: a one-word definite name that is an ordinary word names the institution; the
                // title's qualifiers and then the person may follow it.
                if (k + 2 < count && Joined(k + 1) && w[k + 1].StartsWith("ال", StringComparison.Ordinal) && !taken[k + 1]
                    && !InnerTitles.Contains(w[k + 1]) && !IsGiven(w[k + 1]) && !IsGiven(w[k + 1][2..]) && Lexicon.IsOrdinaryWord(w[k + 1]))
                {
                    k = SkipQualifiers(w, k + 2, Joined, taken, knownType);
                    if (k >= count || !Joined(k) || taken[k] || IsInstitutionHead(w[k])) continue;
                    goto Name;
                }
                int run = k + 1;
                // مستشفى الحبيب ثامر، مسجد السلطان …: a title or a given name with the article opens the name of the place.
                while (run < count && Joined(run) && (InnerTitles.Contains(w[run]) || w[run].StartsWith("ال", StringComparison.Ordinal) && IsGiven(w[run][2..]))) run++;
                int nameStart = run;
                while (run < count && run - k <= 6 && Joined(run) && !taken[run] && IsNameWord(w[run]) && !w[run].StartsWith("ال", StringComparison.Ordinal)) run++;
                if (nameStart > k + 1 || run - (k + 1) < 3 || !Boundary(w, run, Joined)) continue;
                int given = Enumerable.Range(k + 2, run - k - 2).FirstOrDefault(x => IsGiven(w[x]), -1);
                int personFirst = given > 0 ? given : run - 2;
                Take(new Found(personFirst, run, 0, "title", text[original[i].Start..original[personFirst - 1].End], -1));
                i = run - 1;
                continue;
            }
            Name:
            // الإمام الخميني في زرنغار: a word right after a preposition is its object, a place, not the title's name.
            if (k > i + 1 && TitlePrepositions.Contains(w[k - 1])) continue;
            // ممرض وممرضة: another title, also behind و, is no name.
            if (k < count && !IsGiven(w[k]) && w[k].Length > 3 && Clitics.IsConjunction(w[k][0]) && IsTitleHead(w[k])) continue;
            int first = k, nameWords = 0;
            while (k < count && nameWords < MaxWordsAfterGivenName && Joined(k) && !taken[k]
                   && (IsNameWordAt(w, k, afterTitle: k == first) || LinkedTitleWord(w, k) || k > first && (InnerLink(w[k]) || ArticleAfterDe(w, k) || InnerTitleWord(w, k, Joined))) && !Conjoined(k)
                   && (k > first || !w[k].StartsWith("ال", StringComparison.Ordinal) || DefiniteGivenName(w, k, Joined)))
            {
                if (!patterns.NameLinks.Contains(w[k]) && !ArticleAfterDe(w, k)) nameWords++;
                k++;
            }
            // فام ثي مينه هوونغ، …: a fourth word that no dictionary knows, right before a punctuation mark, ends a long foreign name.
            if (nameWords == MaxWordsAfterGivenName && k + 1 < count && Joined(k) && !Joined(k + 1) && !taken[k] && UnknownWord(w[k])
                && IsNameWordAt(w, k, afterTitle: true) && !Plural(w[k]))
                k++;
            while (k > first && (patterns.NameLinks.Contains(w[k - 1]) || ArticleAfterDe(w, k - 1))) k--;
            // Shrink to a run that ends at a boundary, whose words are names rather than ordinary words.
            while (k > first && !Boundary(w, k, Joined)) k--;
            while (k > first && (patterns.NameLinks.Contains(w[k - 1]) || ArticleAfterDe(w, k - 1))) k--; // not خوان كارلوس دي
            if (k == first || k - first == 1 && LoneWordNoName(NounTitle(w[i]), w[first]) || VerbAndObject(NounTitle(w[i]), w, first, k)) continue;
            // الفريق سيبدأ الشهر، رئيس الوزراء سيرسل لجنة: a future verb first; فضل عدم ذكر اسمه: the verb before عدم.
            if (FutureVerb(w[first], NounTitle(w[i])) || NotNamedAt(w, first, k)) continue;
            // الناقد الكويتي ضاري الجمال: an indefinite adjective cannot qualify the definite title before it; with a
            // definite word after it, the two are a name (not a noun in construct).
            bool agreement = !nationality && k - first == 2 && first > 0 && w[first - 1].StartsWith("ال", StringComparison.Ordinal) && !w[first].StartsWith("ال", StringComparison.Ordinal)
                && w[first].EndsWith('ي') && !PluralOrVerbal(w[first]) && w[first + 1].StartsWith("ال", StringComparison.Ordinal) && !IsNisbaAdjective(w[first + 1]);
            bool nameLike = Enumerable.Range(first, k - first).Any(x => IsGiven(w[x]) || !IsWordAsWritten(w[x]) && !IsNisbaAdjective(w[x]))
                // بارك جي-هون: two short syllables joined by a hyphen end an East Asian name.
                || SyllablePair(k)
                // المزارع سلامت ريادي (63 عاما): an age in brackets right after the words makes them a person's name.
                || k - first >= 2 && AfterAge(w, k, Joined) > k && n.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Contains('(')
                || agreement
                // ضرغام الساعدي: a definite nisba cannot qualify the indefinite word before it; together they are a name.
                || k - first == 2 && !w[first].StartsWith("ال", StringComparison.Ordinal) && !IsNisbaAdjective(w[first]) && !PluralOrVerbal(w[first])
                   && w[first + 1].StartsWith("ال", StringComparison.Ordinal) && (w[first + 1].EndsWith('ي') || w[first + 1].EndsWith("يه", StringComparison.Ordinal));
            // After a nationality adjective only a name of two or three words, none of them an ordinary word, counts.
            // A given name first (الإثيوبي ميكونن ولدي جورجيس) lets ordinary words follow, as after a given name anywhere.
            // الجزائرية أمل كبير: a given name that is also a word, then an indefinite ordinary word, is a phrase (سعيد العمراني is a name).
            // الداغستاني كامل عبد الخالقوف: a word and then عبد with its word are a name's shape, whatever the first word means.
            bool abdName = k - first >= 3 && w[first + 1] == "عبد" && !w[first].StartsWith("ال", StringComparison.Ordinal) && !_stopwords.Contains(w[first]);
            if (nationality && !abdName && k - first >= 2 && Lexicon.WordNames.Contains(w[first]) && !IsGiven(w[first + 1]) && !w[first + 1].StartsWith("ال", StringComparison.Ordinal)
                && Lexicon.IsOrdinaryWord(w[first + 1])) continue;
            if (nationality && !abdName && (k - first < 2 || !IsGiven(w[first]) && Enumerable.Range(first, k - first).Any(x => !IsGiven(w[x]) && Lexicon.IsOrdinaryWord(w[x])))) continue;
            if (!nameLike || !agreement && !PlausibleFirstNameWord(w, first, k) || InsideInstitution(w, first, Joined)) continue;
            // حاكم مقاطعة …، قائد سفينة …: a place or vessel head as the first word names a place, not the title's person.
            if (!IsGiven(w[first]) && Lexicon.PlaceHeads.Contains(w[first])) continue;
            if (k - first == 1 && IsNisbaAdjective(w[first])) continue;
            // رئيس بلدية كاراكول: words after the title's body or place noun name that body or place.
            if (first > 0 && Joined(first) && !IsGiven(w[first]) && (InstitutionHeadForm(w[first - 1]) || Lexicon.PlaceHeads.Contains(w[first - 1]))) continue;
            // سفينة الأبحاث "البروفيسور كارل هوفمان": a title and a name inside quotation marks name a vessel, a film or a brand.
            if (MarkBetween(i) && MarkBetween(k)) continue;
            // مدرب جابر عصام الجلالي: a given name inside the run starts the person; the word before it is the title's complement.
            // The word before may be a given name too when the document has it as someone's family name (أنس جابر … مدرب جابر عصام الجلالي).
            int givenAt = Enumerable.Range(first + 1, Math.Max(0, k - first - 2)).FirstOrDefault(x => IsGiven(w[x]) && !patterns.NameLinks.Contains(w[x - 1])
                && (!IsGiven(w[x - 1]) || x - 1 == first && FamilyNameElsewhere(w[x - 1], x - 1)), -1);
            if (givenAt > first && !IsGiven(w[first]) && givenAt == first + 1 && IndefiniteTitle(w[i]) && first == i + 1) bodies.Add(w[first]);
            if (givenAt > first) first = givenAt;
            // مدرب ريفيرا يشكو: one lone word that is no given name after a one-word title heading a body is the body (kind of round people5).
            if (k - first == 1 && first == i + 1 && !nationality && !IsGiven(w[first]) && IndefiniteTitle(w[i])) continue;
            Take(new Found(first, k, 0, "title", text[original[i].Start..original[first - 1].End], -1));
            i = k - 1;
        }

        // سلوى حسن فضل الله، أحمد عثمان دفع الله: a word (no pronoun in ه, not شاء) before الله, after a given name and a
        // family name, is a compound family name; the two words end it.
        bool CompoundWithAllah(int j) =>
            j + 1 < count && Joined(j + 1) && w[j + 1] == "الله" && w[j].Length >= 3 && !w[j].EndsWith('ه') && w[j] is not ("شاء" or "سبحان" or "بسم" or "والله")
            && !w[j].StartsWith("ال", StringComparison.Ordinal) && (j + 2 >= count || !Joined(j + 2) || Boundary(w, j + 2, Joined));

        // في عمر ابني، ألف زائر دخلوا: after في or a number word, a given name that is also a word is read as that word (a
        // counted noun, an object), unless a name word follows; not after any noun (زيارة عمر البشير is a name in construct).
        bool NounBefore(int i) => i > 0 && Joined(i) && Lexicon.CountWords.Contains(w[i - 1]);

        // حمد بن سيف العبري: a definite nisba right after بن/بنت and a given name is the family's nisba, the name's end (kind of round people5).
        bool TribalNisba(int j) =>
            j >= 3 && w[j - 2] is "بن" or "بنت" && IsGiven(w[j - 1]) && w[j].Length > 4 && w[j].StartsWith("ال", StringComparison.Ordinal) && w[j].EndsWith('ي')
            && !(j + 1 < count && Joined(j + 1) && w[j + 1].StartsWith("ال", StringComparison.Ordinal));

        // 2. Given names and the name words after them.
        for (int i = 0; i < count; i++)
        {
            if (taken[i] || !_givenNameStarts.Contains(w[i]) && w[i] != AliName) continue; // most words start no name
            foreach (var (form, skip) in GivenNameForms(w[i]))
            {
                if (!StartsName(form, i, w, Joined)) continue;
                // كريمي (after a given name elsewhere) is no ك + ريمي: a word that is someone's family name in the document stays whole.
                if (skip > 0 && InFoundName(w[i])) continue;
                // أمينة المعرض، أمين الصندوق: a given name that is also a title, before a definite word, is the title.
                if (IsTitleHead(form) && i + 1 < count && Joined(i + 1) && w[i + 1].StartsWith("ال", StringComparison.Ordinal)) continue;
                int j = i + 1, nameWords = 0;
                if (form is "عبد" or "ابو" or "ابي" or "ابا" && j < count && Joined(j)) j++; // عبد الله، أبو بكر: the given name is two words
                // أبو محمد alone: a kunya is a name of its own.
                if (form == "ابو" && j == i + 2 && IsGiven(w[i + 1]) && Boundary(w, j, Joined) && !AfterNicknameMarker(w, i))
                {
                    Take(new Found(i, j, skip, "given-name", "ابو " + w[i + 1], -1));
                    i = j - 1;
                    break;
                }
                while (j < count && nameWords < MaxWordsAfterGivenName && Joined(j) && !taken[j]
                       && (IsNameWordAt(w, j) || LinkedTitleWord(w, j) || InnerLink(w[j]) || ArticleAfterDe(w, j) || InnerTitleWord(w, j, Joined)) && !Conjoined(j))
                {
                    // سليم تقريبا، نادر جدا: after a given name that is an ordinary word (an adjective), an adverb in the
                    // accusative is no family name; the name needs a real name word.
                    if (AccusativeWord(w[j]) && Lexicon.IsOrdinaryWord(form)) break;
                    // سيريل أتانغانا وإيسيدرو كوندوري: after a given name and a family name, و on a name word followed by another
                    // name word opens a second person.
                    if (j - i >= 2 && AndNextName(j)) break;
                    // The family name right after the given name may be a word (رياض سلامة); a later word that is an
                    // ordinary word must end the name (ياسين بونو بسبب الإصابة stops before بسبب).
                    if (nameWords > 0 && !patterns.NameLinks.Contains(w[j]) && !ArticleAfterDe(w, j) && !InnerTitleWord(w, j, Joined) && !IsGiven(w[j]) && Lexicon.IsOrdinaryWord(w[j])
                        && (!Boundary(w, j + 1, Joined) || DefiniteNoun(w[j]) && !patterns.NameLinks.Contains(w[j - 1])) && !CompoundWithAllah(j) && !TribalNisba(j))
                        break;
                    if (!patterns.NameLinks.Contains(w[j]) && !ArticleAfterDe(w, j)) nameWords++;
                    j++;
                }
                while (j > i + 1 && (patterns.NameLinks.Contains(w[j - 1]) || ArticleAfterDe(w, j - 1))) { j--; }
                // ابنتها نور، زوجه سعيد: a given name alone, even one that is a word, right after a noun of kinship with its
                // possessive suffix, is that relative's name.
                if (nameWords == 0 && j == i + (form is "عبد" or "ابو" ? 2 : 1) && skip == 0 && i > 0 && Joined(i) && KinshipNoun(w[i - 1]) && !AccusativeWord(w[i]))
                {
                    Take(new Found(i, j, skip, "given-name", form, -1));
                    break;
                }
                if (nameWords == 0) continue;
                // A given name that is also a word (أمل، سعيد، علي / على) needs a second given name, a link or a word
                // that is no ordinary word after it (سعيد جليلي, not أمين عام).
                // After a title or an honorific (الدكتورة أمل …) the title is the evidence.
                bool titled = i > 0 && Joined(i) && skip == 0 && TitleOrHonorific(w[i - 1]);
                // ابنتها نور ذات …: after a noun of kinship, a given name that is a word is that relative's name alone.
                if (nameWords > 0 && Lexicon.WordNames.Contains(form) && i > 0 && Joined(i) && skip == 0 && KinshipNoun(w[i - 1]) && Lexicon.IsOrdinaryWord(w[i + 1]) && !IsGiven(w[i + 1]))
                {
                    Take(new Found(i, i + 1, skip, "given-name", form, -1));
                    break;
                }
                bool construct = skip == 0 && Lexicon.IsOrdinaryWord(form) && NounBefore(i);
                if ((Lexicon.WordNames.Contains(form) || form == AliName || construct) && !IsGiven(w[i + 1]) && !patterns.NameLinks.Contains(w[i + 1])
                    && (Lexicon.IsOrdinaryWord(w[i + 1]) || construct && KnownVerbShape(w[i + 1])) && !(titled && j - i == 2 && !AccusativeWord(w[i + 1]) && !DefiniteNoun(w[i + 1])))
                    continue;
                if (InsideInstitution(w, i, Joined) || InsideInstitution(w, i, QuotedAfterHead) || AfterPlaceNameWords(w, i, Joined, taken) || AfterHeadAndDefinite(w, i, Joined)) { i = j - 1; break; }
                // فيلم "الجنرال ماركوس ليندر": a name, a title before it or not, alone inside quotation marks names a film, a vessel or a brand.
                if (skip == 0 && MarkBetween(j) && (MarkBetween(i) || i > 1 && Joined(i) && IsTitleHead(w[i - 1]) && MarkBetween(i - 1))) { i = j - 1; break; }
                Take(new Found(i, j, skip, "given-name", form, -1));
                i = j - 1;
                break;
            }
        }

        // 2b. The subject right after a reporting verb (وقالت كاميلا ريبيرو، … ; قال محمود، وهو …): news sentences put the
        // speaker after the verb. One to three words, each a given name, a name link or no ordinary word, ending where a
        // subject ends (a punctuation mark, a complementizer, a preposition).
        for (int i = 0; i + 1 < count; i++)
        {
            int first = i + 1;
            if (taken[first] || !Joined(first) || !IsSpeechVerb(w[i])) continue;
            if (w[first].StartsWith("ال", StringComparison.Ordinal) && !patterns.NameLinks.Contains(w[first]) || IsTitleHead(w[first]) || IsInstitutionHead(w[first])) continue;
            // يقولون لي أعد، قال له اذهب: a preposition and its pronoun that is also a name (لي) is a name only before a word no dictionary knows.
            if (Lexicon.PersonToldPronouns.Contains(w[first]) && (first + 1 >= count || !Joined(first + 1) || Lexicon.IsOrdinaryWord(w[first + 1]))) continue;
            // قال سنواصل …: a future verb opens unmarked speech, not a name.
            if (w[first].Length >= 5 && w[first][0] == 'س' && w[first][1] is 'ي' or 'ت' or 'ن' or 'ا') continue;
            int k = first, nameWords = 0;
            // يارا، تيري: right after the verb, a word with a present-tense letter first is a name when it is no word at all.
            bool ForeignFirst(int x) => x == first && x + 1 < count && w[x].Length >= 4 && w[x][0] is 'ي' or 'ت' && !Lexicon.IsOrdinaryWord(w[x])
                && verbs.Lookup(w[x]) is null && !_stopwords.Contains(w[x]);
            while (k < count && nameWords < MaxWordsAfterGivenName && Joined(k) && !taken[k] && (IsNameWord(w[k]) || ForeignFirst(k) || k > first && (LinkedTitleWord(w, k) || InnerLink(w[k])))
                   && (k == first || !IsTitleHead(w[k]) && !Conjoined(k)))
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
            if (!linked && !SubjectEnds(w, k, Joined)) continue;
            // The first word is the evidence: a given name, a link, or no ordinary word (the family name after it may be one: يارا نصار).
            // A name that is also a word (أمل، نصر) counts here only with a family name after it.
            bool given = IsGiven(w[first]) || Lexicon.WordNames.Contains(w[first]) && k - first > 1
                // وقال نجم الحسناوي، …: a definite nisba cannot qualify the indefinite word before it; together they are a name.
                // Not وزارة البيئة: a first word in ة is a noun (given names in ة are in the lists), and the surname is masculine.
                || k - first == 2 && !w[first].StartsWith("ال", StringComparison.Ordinal) && !w[first].EndsWith('ه') && !IsNisbaAdjective(w[first]) && !PluralOrVerbal(w[first])
                   && !IsTitleHead(w[first]) && w[first + 1].Length > 4 && w[first + 1].StartsWith("ال", StringComparison.Ordinal) && w[first + 1].EndsWith('ي');
            if (!linked && !given && (IsWordAsWritten(w[first]) || IsNisbaAdjective(w[first]))) continue;
            if (!given && !PlausibleFirstNameWord(w, first, k) || InsideInstitution(w, first, Joined)) continue;
            Take(new Found(first, k, 0, "speech", text[original[i].Start..original[i].End], -1));
            i = k - 1;
        }

        // 2b. A word no dictionary knows right after a finite reporting verb, ending at a boundary: a foreign name
        // (وقال غريفيث إن، وأضاف بيسكوف أن).
        // A surname of a full name already found is left to the propagation below, which says whose it is.
        var surnames = found.Where(f => f.End - f.First > 1).Select(f => w[f.End - 1]).ToHashSet(StringComparer.Ordinal);
        for (int i = 1; i < count; i++)
        {
            if (taken[i] || !Joined(i) || w[i - 1].Length < 3 || surnames.Contains(w[i])) continue;
            // The verb opens its clause: after و or ف, or first in its sentence (not بين in «محادثات بين عسكريين»).
            string verb = w[i - 1];
            bool conjunction = verb.Length > 3 && Clitics.IsConjunction(verb[0]);
            if (!conjunction && i > 1 && Joined(i - 1)) continue;
            var form = verbs.Lookup(verb) ?? (conjunction ? verbs.Lookup(verb.AsSpan(1)) : null);
            if (form is not { IsFinite: true } || !UnknownWord(w[i]) || Plural(w[i])) continue;
            int end = i + 1;
            while (end < count && end - i < 3 && Joined(end) && !taken[end] && UnknownWord(w[end]) && IsNameWord(w[end]) && !Plural(w[end])) end++;
            if (!SpeechBoundary(w, end, Joined) || !IsNameWord(w[i])) continue;
            Take(new Found(i, end, 0, "after-verb", w[i - 1], -1));
            i = end - 1;
        }

        // 2c. Two or three words no dictionary knows right before an age in brackets (لالاينا راكوتوبي (30 عاما)): a person's
        // full name; news gives an age only to people.
        for (int i = 0; i < count; i++)
        {
            if (taken[i] || w[i].StartsWith("ال", StringComparison.Ordinal) || !UnknownWord(w[i]) || !IsNameWord(w[i]) || Plural(w[i])) continue;
            int end = i + 1;
            while (end < count && end - i < 3 && Joined(end) && !taken[end] && !w[end].StartsWith("ال", StringComparison.Ordinal)
                   && UnknownWord(w[end]) && IsNameWord(w[end]) && !Plural(w[end]))
                end++;
            if (end - i < 2 || end >= count || AfterAge(w, end, Joined) == end || !n.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).Contains('(')) continue;
            Take(new Found(i, end, 0, "age", w[end] + " " + w[end + 1], -1));
            i = end - 1;
        }

        // 2d. A word no dictionary knows right after a noun of kinship with its possessive suffix, before a boundary: that
        // relative's name (أمي جوزفين التي، زوجي ويلبر مات).
        for (int i = 1; i < count; i++)
        {
            if (taken[i] || !Joined(i) || !KinshipNoun(w[i - 1]) || IsGiven(w[i]) || !IsNameWord(w[i], false, true)) continue;
            // ابنها مينه البالغ ست سنوات، ابنها تيمور (14 عاما): an age right after makes even an ordinary word the child's name.
            bool aged = i + 1 < count && Joined(i + 1) && w[i + 1] is "البالغ" or "البالغه"
                || AfterAge(w, i + 1, Joined) > i + 1 && n.AsSpan(words[i].End, words[i + 1].Start - words[i].End).Contains('(');
            if (!UnknownWord(w[i]) && !(aged && w[i].Length >= 3 && !w[i].StartsWith("ال", StringComparison.Ordinal) && !_stopwords.Contains(w[i]) && !AccusativeWord(w[i]))) continue;
            // إلى جدة سيبدأ: a place the gazetteer knows (جدة) is no جد + ه, and a future verb's shape is no name.
            if (knownType[i - 1] is not null || w[i].Length >= 5 && w[i][0] == 'س' && w[i][1] is 'ي' or 'ت' or 'ن') continue;
            // إلى جدة بالسنبوك: a preposition and the article on a word (بال، لل، كال) make a phrase, no relative's name.
            if (w[i].Length >= 6 && (w[i].StartsWith("بال", StringComparison.Ordinal) || w[i].StartsWith("كال", StringComparison.Ordinal) || w[i].StartsWith("لل", StringComparison.Ordinal))) continue;
            // بنته بيديها: a word ending in an attached pronoun is no relative's name (the kinship noun was a verb's form).
            if (PronounEnding(w[i])) continue;
            if (!Boundary(w, i + 1, Joined) && !(i + 1 < count && Forms(w[i + 1]).Any(f => KnownVerbShape(f.Form)) && w[i + 1][0] is 'ي' or 'ت')) continue;
            Take(new Found(i, i + 1, 0, "kinship", w[i - 1], -1));
        }

        // 2e. A name set off by a comma and an apposition (أمل عودة، وهي مهندسة …; نسيم حيدر، صاحب مصنع …; شوخروخ عبد اللهييف،
        // القادم من …): after a clause's start, one to three name words before the comma, one of them a given name or a word
        // no dictionary knows, then وهو/وهي, a title or a definite role noun.
        for (int c = 1; c < count; c++)
        {
            if (Joined(c) || !CommaBefore(c) || !Apposition(w, c, Joined)) continue;
            int first = c;
            while (first > 0 && c - first < MaxWordsAfterGivenName && !taken[first - 1] && (first == c || Joined(first))
                   && (IsNameWord(w[first - 1]) || first < c && InnerLink(w[first - 1])) && !IsTitleHead(w[first - 1]) && !IsInstitutionHead(w[first - 1]))
                first--;
            // The words before the name open a clause: a sentence or a punctuation mark, a particle, or a verb.
            while (first < c && (!ClauseOpens(first) || OpensClause(w[first]))) first++;
            if (first >= c || patterns.NameLinks.Contains(w[first]) || w[first].StartsWith("ال", StringComparison.Ordinal)) continue;
            // شريفة بنت حمد: a link inside the words is a name's shape.
            bool link = Enumerable.Range(first + 1, Math.Max(0, c - first - 2)).Any(x => InnerLink(w[x]));
            bool evidence = link, ordinaryFirst = !link && !IsGiven(w[first]) && Lexicon.IsOrdinaryWord(w[first]);
            for (int x = first; x < c; x++) evidence |= IsGiven(w[x]) || UnknownWord(w[x]);
            if (!evidence || ordinaryFirst && !(c - first >= 2 && IsGiven(w[first + 1])) || InsideInstitution(w, first, Joined) || !PlausibleFirstNameWord(w, first, c)) continue;
            // A word that is also a given name (أمل، جميل) alone before the comma is the word.
            if (c - first == 1 && (IsGiven(w[first]) || Lexicon.WordNames.Contains(w[first]))) continue;
            Take(new Found(first, c, 0, "apposition", w[c], -1));
        }

        // 2f. A short family name and a given name of two syllables joined by a hyphen (كيم سو-يون، لي مين-جاي): an East
        // Asian name, whatever its words mean in Arabic; not inside the name of a place or institution.
        for (int x = 2; x < count; x++)
        {
            if (!SyllablePair(x) || !Joined(x - 1) || taken[x - 2] || taken[x - 1] || taken[x]) continue;
            string family = w[x - 2];
            if (family.Length is < 2 or > 5 || family[^1] == 'ه' || family.StartsWith("ال", StringComparison.Ordinal) || TitlePrepositions.Contains(family) || family.Any(char.IsDigit)
                || IsTitleHead(family) || IsInstitutionHead(family) || Lexicon.NotNames.Contains(family) || InsideInstitution(w, x - 2, Joined) || Hyphened(x + 1)) continue;
            Take(new Found(x - 2, x + 1, 0, "syllables", w[x - 1] + "-" + w[x], -1));
        }

        // 2h. A regnal name: a word no dictionary knows and a definite ordinal (أمنحتب الثالث، رمسيس الثاني); not a month
        // (تشرين الأول، كانون الثاني، جمادى الآخرة), nor inside the name of a place or institution.
        for (int x = 1; x < count; x++)
        {
            if (!RegnalOrdinals.Contains(w[x]) || !Joined(x) || taken[x] || taken[x - 1]) continue;
            string name = w[x - 1];
            if (name.Length < 4 || !UnknownWord(name) || MonthWords.Contains(name) || !IsNameWord(name) || InsideInstitution(w, x - 1, Joined)
                || x - 1 > 0 && Joined(x - 1) && (w[x - 2].StartsWith("ال", StringComparison.Ordinal) || IsInstitutionHead(w[x - 2]))) continue;
            Take(new Found(x - 1, x + 1, 0, "regnal", w[x], -1));
        }

        // 2j. ابن and a word no dictionary knows, not inside a name (محمد ابن …) and before a boundary: a classical name
        // known by its ancestor (لابن بطوطة، ابن خلدون).
        for (int x = 0; x + 1 < count; x++)
        {
            if (taken[x] || taken[x + 1] || !Joined(x + 1) || w[x].Length < 3) continue;
            int skip = Forms(w[x]).Where(f => f.Form == "ابن").Select(f => f.Skip).DefaultIfEmpty(-1).First();
            // رستم ابن …: bare ابن after a name word is a link inside that name (لابن, with its proclitic, never is).
            if (skip == 0 && x > 0 && Joined(x) && (IsGiven(w[x - 1]) || UnknownWord(w[x - 1]) || knownType[x - 1] == ActorType.Person)) continue;
            string next = w[x + 1];
            if (skip < 0 || knownType[x + 1] is not null || IsGiven(next) || !UnknownWord(next) || !IsNameWord(next) || Plural(next)) continue;
            if (!Boundary(w, x + 2, Joined) && !SpeechBoundary(w, x + 2, Joined) || InsideInstitution(w, x, Joined)) continue;
            Take(new Found(x, x + 2, skip, "ancestor", "ابن", -1));
        }

        // 2k. Two or three words no dictionary knows right after a verb that opens its clause (وجلست مالالا رانيفو على …،
        // يخرج X Y كل صباح): the verb's subject, a person's full name.
        for (int i = 1; i + 1 < count; i++)
        {
            if (taken[i] || !Joined(i) || !UnknownWord(w[i]) || !IsNameWord(w[i]) || Plural(w[i])) continue;
            string verb = w[i - 1];
            bool opens = i == 1 || !Joined(i - 1);
            // وجلست، فوقفت: و or ف on a word; جلست، لوحت: a past verb of a woman first in its clause; يخرج: a present verb.
            bool verbLike = ClauseVerb(verb) && !IsInstitutionHead(verb[1..]) && !Lexicon.PlaceHeads.Contains(verb[1..]) && !IsTitleHead(verb[1..]) && !verb.EndsWith('ه')
                || opens && verb.Length is >= 4 and <= 6 && verb[^1] == 'ت' && Lexicon.IsOrdinaryWord(verb) && !IsGiven(verb)
                || opens && verb.Length >= 4 && verb[0] is 'ي' or 'ت' && !IsGiven(verb) && KnownVerbShape(verb);
            // فوق، وبين: a preposition or a particle is no verb.
            if (!verbLike || !opens && !ClauseVerb(verb) || _stopwords.Contains(verb) || _stopwords.Contains(verb[1..]) || TitlePrepositions.Contains(verb[1..])) continue;
            int end = i + 1;
            // زيندر ومارادي: a word behind و opens a second name, of a place as often as of a person.
            while (end < count && end - i < 3 && Joined(end) && !taken[end] && w[end][0] != 'و' && UnknownWord(w[end]) && IsNameWord(w[end]) && !Plural(w[end])) end++;
            if (end - i < 2 || !Boundary(w, end, Joined) && !SpeechBoundary(w, end, Joined) || InsideInstitution(w, i, Joined)) continue;
            Take(new Found(i, end, 0, "after-verb", verb, -1));
            i = end - 1;
        }

        // 2i. A Vietnamese name: a short word, a middle name of the lexicon (ثي، فان) and a short word (تران ثي لان), none
        // taken, none with the article: a person's name, whatever its words mean in Arabic.
        static bool ShortWord(string x) => x.Length is >= 2 and <= 5 && !x.StartsWith("ال", StringComparison.Ordinal) && x.All(char.IsLetter);
        for (int x = 1; x + 1 < count; x++)
        {
            if (!Lexicon.NameMiddles.Contains(w[x]) || !Joined(x) || !Joined(x + 1) || taken[x - 1] || taken[x] || taken[x + 1]) continue;
            if (!ShortWord(w[x - 1]) || !ShortWord(w[x + 1]) || _stopwords.Contains(w[x - 1]) || TitlePrepositions.Contains(w[x - 1])
                || InsideInstitution(w, x - 1, Joined) || !Boundary(w, x + 2, Joined) && !SpeechBoundary(w, x + 2, Joined)) continue;
            Take(new Found(x - 1, x + 2, 0, "middle", w[x], -1));
        }

        // 2g. Names coordinated with و: two or three words that no dictionary knows (or given names), right before or after a
        // person found here (بإشراك فابريس إيكامبي وسيريل أتانغانا), or two such runs after a clause's opening (بينهم X Y وZ W).
        bool NameRunWord(int k) => k >= 0 && k < count && !taken[k] && !w[k].StartsWith("ال", StringComparison.Ordinal) && IsNameWord(w[k])
            && (IsGiven(w[k]) && !Lexicon.WordNames.Contains(w[k]) || UnknownWord(w[k]));
        // The run of name words from k on, the first behind و (skip 1): its end, or -1 below two words.
        int RunAfterAnd(int k)
        {
            if (k >= count || !Joined(k) || taken[k] || w[k].Length < 4 || w[k][0] != 'و') return -1;
            string rest = w[k][1..];
            if (rest.StartsWith("ال", StringComparison.Ordinal) || !(IsGiven(rest) && !Lexicon.WordNames.Contains(rest) || UnknownWord(rest)) || !IsNameWord(rest)) return -1;
            int e = k + 1;
            while (e < count && e - k < MaxWordsAfterGivenName && Joined(e) && NameRunWord(e)) e++;
            // اللذان، الذين: a relative pronoun of the dual or plural ends the names too.
            return e - k >= 2 && (SpeechBoundary(w, e, Joined) || Boundary(w, e, Joined) || w[e] is "اللذان" or "اللتان" or "الذين" or "اللواتي") ? e : -1;
        }
        foreach (var f in found.ToList())
        {
            // Before: «X Y وF».
            if (f.Skip == 1 && w[f.First][0] == 'و' && f.End - f.First >= 2)
            {
                int b = f.First;
                while (b > 0 && f.First - b < MaxWordsAfterGivenName && Joined(b) && NameRunWord(b - 1)) b--;
                if (f.First - b >= 2 && ClauseOrPrepositionOpens(b) && !InsideInstitution(w, b, Joined)) Take(new Found(b, f.First, 0, "coordinated", FoundWords(f), -1));
            }
            // After: «F وX Y».
            if (RunAfterAnd(f.End) is var after and > 0) Take(new Found(f.End, after, 1, "coordinated", FoundWords(f), -1));
        }
        for (int a = 1; a < count; a++)
        {
            if (taken[a] || !Joined(a) || !ClauseOpens(a) || !NameRunWord(a)) continue;
            int e = a + 1;
            while (e < count && e - a < MaxWordsAfterGivenName && Joined(e) && NameRunWord(e)) e++;
            // بينهم X Y وZ W: the run may have taken وZ, a word no dictionary knows either; the first name ends before the و
            // that opens a second run.
            for (int split = a + 2; split < e; split++)
                if (RunAfterAnd(split) > 0) { e = split; break; }
            if (e - a < 2 || RunAfterAnd(e) is not (var after and > 0) || InsideInstitution(w, a, Joined)) continue;
            Take(new Found(a, e, 0, "coordinated", "و", -1));
            Take(new Found(e, after, 1, "coordinated", "و", -1));
            a = after - 1;
        }

        // 2c. One name across a hyphen (آنا-ليزا فيرتانن): the parts found apart are one name (a part found alone takes the
        // name word after the hyphen into its span at the end: لوفيفر-دوران). A name of three words takes a fourth that no dictionary knows when a
        // punctuation mark follows it (نغوين ثي ثو ترانغ،).
        if (found.Count > 0)
        {
            var byFirst = new Dictionary<int, int>(found.Count);
            for (int x = 0; x < found.Count; x++) byFirst.TryAdd(found[x].First, x);
            var merged = new bool[found.Count];
            for (int x = 0; x < found.Count; x++)
            {
                if (merged[x]) continue;
                var f = found[x];
                int end = f.End;
                while (end < count && Hyphened(end))
                {
                    if (byFirst.TryGetValue(end, out int y) && y != x && !merged[y]) { merged[y] = true; end = found[y].End; }
                    else break; // a part found alone: the span takes the rest at the end (HyphenEnd), the name words stay

                }
                if (end - f.First >= 3 && end + 1 < count && Joined(end) && !Joined(end + 1) && !taken[end] && UnknownWord(w[end]) && IsNameWordAt(w, end, afterTitle: true)
                    && !Plural(w[end]) && !Hyphened(end + 1))
                {
                    taken[end] = true;
                    end++;
                }
                if (end != f.End) found[x] = f with { End = end };
            }
            for (int x = found.Count - 1; x >= 0; x--)
                if (merged[x]) found.RemoveAt(x);
        }

        // 3. Persons: each full name once; a single word joins the full name whose surname it is.
        var people = new List<Person>();
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        // Persons by their first and last words, so that a name finds the full name it is part of without a scan.
        var byFirstWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byLastWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        static void Index(Dictionary<string, List<int>> index, string word, int person)
        {
            if (!index.TryGetValue(word, out var list)) index[word] = list = [];
            list.Add(person);
        }
        int PartOf(string[] name)
        {
            var candidates = name.Length == 1 ? byLastWord.GetValueOrDefault(name[0]) : byFirstWord.GetValueOrDefault(name[0]);
            if (candidates is null) return -1;
            foreach (int q in candidates)
                if (IsPartOf(name, people[q].Words)) return q;
            return -1;
        }
        // أبي بكر is أبو بكر: the genitive of the kunya is one name with the nominative.
        string[] NameWords(Found f) => Enumerable.Range(f.First, f.End - f.First).Select(k => k == f.First ? Kunya(w[k][f.Skip..]) : w[k]).ToArray();
        static string Kunya(string x) => x is "ابي" or "ابا" ? "ابو" : x;
        var familyFirst = new HashSet<int>();
        for (int pass = 0; pass < 2; pass++)
            for (int x = 0; x < found.Count; x++)
            {
                var f = found[x];
                var name = NameWords(f);
                bool single = name.Length == 1;
                if (pass == 0 == single) continue;
                string key = string.Join(' ', name);
                int person = byKey.TryGetValue(key, out int p) ? p : PartOf(name);
                if (person < 0)
                {
                    people.Add(new Person(key, name) { Canonical = text[Start(f)..original[f.End - 1].End] });
                    person = people.Count - 1;
                    Index(byFirstWord, name[0], person);
                    Index(byLastWord, name[^1], person);
                }
                byKey[key] = person;
                // كيم سو-يون: in an East Asian name the family name comes first.
                if (f.End - f.First >= 2 && (SyllablePair(f.End) || SyllablePair(f.End - 1))) familyFirst.Add(person);
                found[x] = f with { Person = person };
            }

        // 4. Nicknames after a person's name: … المعروف بـ«أبو علي».
        foreach (var f in found.ToList())
            if (Nickname(w, AfterAge(w, f.End, Joined), Joined, taken, MarkBetween) is var (first, end, skip))
            {
                var nick = Enumerable.Range(first, end - first).Select(k => k == first ? w[k][skip..] : w[k]).ToArray();
                Take(new Found(first, end, skip, "nickname", people[f.Person].Canonical, f.Person));
                byKey.TryAdd(string.Join(' ', nick), f.Person);
            }

        // 5. Propagation: the full names and surnames again, anywhere in the document.
        var aliases = new Dictionary<string, List<(string[] Words, int Person, bool Surname)>>(StringComparer.Ordinal);
        void Alias(string[] alias, int person, bool surname)
        {
            if (alias.Length == 0 || alias[0].Length < 2) return;
            if (!aliases.TryGetValue(alias[0], out var list)) aliases[alias[0]] = list = [];
            if (!list.Any(a => a.Words.SequenceEqual(alias))) list.Add((alias, person, surname));
        }
        foreach (var (key, person) in byKey) Alias(key.Split(' '), person, false);
        for (int p = 0; p < people.Count; p++)
        {
            if (familyFirst.Contains(p))
            {
                Alias([people[p].Words[0]], p, true);
                continue;
            }
            if (Surname(people[p].Words) is { } surname) Alias(surname, p, true);
            // نغوين ثي هوا → هوا: wire copy calls a Vietnamese person by the last word of the name.
            if (people[p].Words is [var v1, var middle, var v3] && Lexicon.NameMiddles.Contains(middle) && ShortWord(v1) && ShortWord(v3)) Alias([v3], p, true);
            // يوسف كريمي آزاد: the last two words of a name of three, the middle one no given name, link or article word, are a compound surname.
            var parts = people[p].Words;
            if (parts.Length == 3 && !IsGiven(parts[1]) && !patterns.NameLinks.Contains(parts[1]) && parts[1].Length >= 3
                && parts[1] is not ("عبد" or "ابو") && !parts[1].StartsWith("ال", StringComparison.Ordinal) && !CompoundEnds.Contains(parts[2]))
                Alias(parts[1..], p, true);
        }
        // سلمى alone, after سلمى الخطيب: the first name of the only person found here who has it, when it is no word too.
        // ناندا alone, after ناندا راكوتو: a first word no dictionary or list knows is the first name of that person too.
        foreach (var (given, holders) in byFirstWord)
            if (holders.Count == 1 && people[holders[0]].Words.Length >= 2 && (IsGiven(given) || UnknownWord(given) && given.Length >= 4 && !familyFirst.Contains(holders[0]))
                && !Lexicon.WordNames.Contains(given)
                && !patterns.NameLinks.Contains(given) && given is not ("عبد" or "ابو"))
                Alias([given], holders[0], false);
        foreach (var list in aliases.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));

        // Each alias's first word, as written and behind a proclitic: most words are none of them.
        var aliasStarts = aliases.Keys.SelectMany(k => k == "ابو" ? [k, "ابي", "ابا"] : new[] { k }).SelectMany(k => Proclitics.Select(p => p + k).Prepend(k)
            .Concat(k.StartsWith("ال", StringComparison.Ordinal) ? ["لل" + k[2..], "ولل" + k[2..], "فلل" + k[2..]] : [])).ToHashSet(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            if (taken[i] || !aliasStarts.Contains(w[i])) continue;
            foreach (var (written, skip) in Forms(w[i]).Concat(LinkForms(w[i])))
            {
                // ولأبي بكر شيخ: أبو in the genitive (أبي) or the accusative (أبا) is the same name.
                string form = written is "ابي" or "ابا" && !aliases.ContainsKey(written) ? "ابو" : written;
                if (!aliases.TryGetValue(form, out var list)) continue;
                var hit = list.FirstOrDefault(a => Matches(w, i, a.Words, Joined, taken));
                if (hit.Words is null) continue;
                int end = i + hit.Words.Length;
                // A given name alone is ambiguous only when it is a word too, or when another person found here has it as a first name
                // (ياسين بوعلام … بوعلام is his; أحمد علي … علي may be anyone).
                bool ambiguous = hit.Words.Length == 1 && (Lexicon.WordNames.Contains(form) || form == AliName || _stopwords.Contains(form)
                    || SurnameIsWord(form)
                    || IsGiven(form) && byFirstWord.TryGetValue(form, out var firsts) && firsts.Any(q => q != hit.Person));
                // A first name alone (no word-name: those get no such alias) is ambiguous only as a word as written, or when
                // the whole word is one behind a proclitic (بيان is no ب + يان).
                if (hit.Words.Length == 1 && !hit.Surname && people[hit.Person].Words.Length >= 2 && people[hit.Person].Words[0] == form)
                    ambiguous = _stopwords.Contains(form) || Lexicon.OrdinaryWords.Contains(form) || skip > 0 && Lexicon.OrdinaryWords.Contains(w[i])
                        || !IsGiven(form); // a first word no list knows may be a place's (أمام راجستان): a verb or title must stand by
                // وكان عون (41 عاما)، أما عون، فـ…: an age in brackets after the word, or أما before it and a comma after it, make
                // the surname the person's.
                // أشاد … بالعمراني، للعمراني: an adjective in ي agrees with a noun and takes no preposition of its own; a definite
                // surname of that shape behind ب or ل is the person.
                if (ambiguous && hit.Surname && hit.Words.Length == 1 && skip > 0 && w[i][skip - 1] is 'ب' or 'ل'
                    && form.Length > 4 && form.StartsWith("ال", StringComparison.Ordinal) && form[^1] == 'ي')
                    ambiguous = false;
                if (ambiguous && AfterAge(w, end, Joined) > end && n.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).Contains('(')) ambiguous = false;
                if (ambiguous && i > 0 && Joined(i) && w[i - 1] == "اما" && skip == 0 && end < count && !Joined(end)
                    && n.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End).IndexOfAny('،', ',') >= 0)
                    ambiguous = false;
                // أما نصر فبدا متماسكا: أما, the surname and a word in ف (the answer of أما) make the surname the topic, a person.
                if (ambiguous && hit.Surname && hit.Words.Length == 1 && i > 0 && Joined(i) && w[i - 1] == "اما" && skip == 0 && end < count && Joined(end)
                    && w[end].Length > 3 && w[end][0] == 'ف' && KnownVerbShape(w[end][1..]))
                    ambiguous = false;
                // بجهود المرزوقي وبارك: a surname joined by و right after a person named here is a second person of the list.
                if (ambiguous && hit.Surname && hit.Words.Length == 1 && skip == 1 && w[i][0] == 'و' && i > 0 && Joined(i) && PersonWord(i - 1))
                    ambiguous = false;
                if (ambiguous && !SpeechOrTitleAround(w, i, end, Joined) && Nickname(w, end, Joined, taken) is null) continue;
                if (InsideInstitutionName(w, i, Joined, taken)) continue;
                // A first name alone must not run on into another name (سلمى حداد is someone else).
                if (hit.Words.Length == 1 && !hit.Surname && end < count && Joined(end) && !taken[end] && IsNameWordAt(w, end) && !Lexicon.IsOrdinaryWord(w[end])) continue;
                Take(new Found(i, end, skip, hit.Surname ? "surname" : hit.Words.Length == 1 ? "first-name" : "full-name", people[hit.Person].Canonical, hit.Person));
                // نصر، المعروف بـ"القناص": a nickname may follow the surname too.
                if (Nickname(w, AfterAge(w, end, Joined), Joined, taken, MarkBetween) is var (nickFirst, nickEnd, nickSkip))
                    Take(new Found(nickFirst, nickEnd, nickSkip, "nickname", people[hit.Person].Canonical, hit.Person));
                i = end - 1;
                break;
            }
        }

        var mentions = new List<Mention>(found.Count);
        // Whether word k is the last word of a person found here or named by the gazetteer.
        bool PersonWord(int k) => knownType[k] == ActorType.Person || found.Any(f => f.End - 1 == k);
        foreach (var f in found.OrderBy(f => f.First))
        {
            // ماريا | خوسيه أرانغو: words glued to a person the gazetteer named are the rest of that name, not a second person.
            if (f.First > 0 && Joined(f.First) && knownType[f.First - 1] == ActorType.Person) continue;
            int start = Start(f), end = original[HyphenEnd(f.End) - 1].End;
            var person = people[f.Person];
            mentions.Add(new Mention(documentId, Gazetteer.DiscoveredId(person.Canonical), ActorType.Person, text[start..end], start, end,
                SentenceOf(sentenceStarts, start), MentionKind.Name)
            {
                Origin = MentionOrigin.Discovered,
                Evidence = f.Rule switch
                {
                    "title" => $"title: a name after «{f.Detail}»",
                    "given-name" => $"given-name: «{f.Detail}» and the name words after it",
                    "nickname" => $"nickname: of «{f.Detail}», after المعروف بـ",
                    "speech" => $"speech: the subject right after «{f.Detail}»",
                    "surname" => $"surname: of «{f.Detail}», named in full in the document",
                    "first-name" => $"first-name: of «{f.Detail}», the only person here with it",
                    "after-verb" => $"after-verb: a word no dictionary knows, right after «{f.Detail}»",
                    "kinship" => $"kinship: a word no dictionary knows after «{f.Detail}»",
                    "age" => $"age: words no dictionary knows before an age «{f.Detail}»",
                    "syllables" => $"syllables: a short family name before «{f.Detail}»",
                    "ancestor" => "ancestor: a word no dictionary knows after «ابن»",
                    "middle" => $"middle: a Vietnamese middle name «{f.Detail}» between two short words",
                    "regnal" => $"regnal: a word no dictionary knows before «{f.Detail}»",
                    "coordinated" => $"coordinated: name words joined by و to «{f.Detail}»",
                    "apposition" => $"apposition: name words before a comma and «{f.Detail}»",
                    _ => $"full-name: «{f.Detail}» again",
                },
            });
        }
        return mentions;

        // لوفيفر-دوران: a name word glued by a hyphen after a mention belongs to its span.
        int HyphenEnd(int end)
        {
            while (end < count && Hyphened(end) && !taken[end] && !w[end].StartsWith("ال", StringComparison.Ordinal) && IsNameWord(w[end])) end++;
            return end;
        }

        int Start(Found f) => f.Skip == 0 ? original[f.First].Start : normalized.ToOriginal(words[f.First].Start + f.Skip, words[f.First].End).Start;
    }

    // The ordinals of kings and popes (الثاني … العاشر; [regnal-ordinals]), and month names that take them (تشرين الأول، كانون الثاني; [month-words]).
    private IReadOnlySet<string> RegnalOrdinals => Lexicon.RegnalOrdinals;
    private IReadOnlySet<string> MonthWords => Lexicon.MonthWords;

    // Particles and pronouns a clause's subject may follow (أما، لكن، بينهم، هؤلاء; [clause-particles]).
    private IReadOnlySet<string> ClauseParticles => Lexicon.ClauseParticles;

    // After «X Y،»: وهو/وهي, a title, or a definite singular role noun (المغنية، القادم) that is no place or institution.
    private bool Apposition(string[] w, int c, Func<int, bool> joined)
    {
        string x = w[c];
        if (x is "وهو" or "وهي") return c + 1 < w.Length && joined(c + 1) && !IsInstitutionHead(w[c + 1]) && !_stopwords.Contains(w[c + 1]);
        if (IsTitleHead(x) && !x.StartsWith('و') || CanHeadRole(x) && !IsDefiniteNationality(x)) return true;
        // مدرب كانون، صاحب مصنع: an indefinite title or role noun in construct with the word after it.
        return x.Length >= 3 && c + 1 < w.Length && joined(c + 1) && !IsInstitutionHead(x) && (IsTitleHead("ال" + x) || x is "صاحب" or "صاحبه");
    }

    private bool IsDefiniteNationality(string x) => Lexicon.IsDefiniteNationality(x);

    // Given names in ى whose spelling with ي is a preposition and its pronoun (منى / مني "from me").

    private static readonly HashSet<string> PrepositionSpellings = new(StringComparer.Ordinal) { "مني" };

    // لعاملات، بتفوقها، لعلامات: ل or ب on an ordinary noun of four letters or more (its plural, its possessed form) opens a phrase, no name.
    private bool PrepositionOnWord(string x)
    {
        if (x.Length < 5 || x[0] is not ('ل' or 'ب') || IsGiven(x) || Lexicon.OrdinaryWords.Contains(x)) return false;
        string rest = x[1..];
        // بابكر: ب before ا may as well be the name's own first letter (no ب + أبكر); بنعلي، بوعلام: بن and بو open
        // Maghrebi surnames; بيريث: a present verb's letter after it is no noun a preposition governs.
        if (IsGiven(rest) || rest[0] is 'ا' or 'ي' or 'ت' || x[0] == 'ب' && rest[0] is 'ن' or 'و') return false;
        return Lexicon.OrdinaryWords.Contains(rest) || PossessedNoun(rest)
            // لمزارعي، لعاملي: a sound plural in construct (its ن dropped) on an ordinary noun of four letters or more (kind of blind13).
            || x[0] == 'ل' && rest.Length >= 5 && rest[^1] == 'ي' && Lexicon.OrdinaryWords.Contains(rest.AsSpan(0, rest.Length - 1))
            || rest.Length > 4 && rest.EndsWith("ات", StringComparison.Ordinal) && (Lexicon.OrdinaryWords.Contains(rest[..^2] + "ه") || Lexicon.OrdinaryWords.Contains(rest.AsSpan(0, rest.Length - 2)))
            || rest.EndsWith('ه') && Lexicon.OrdinaryWords.Contains(rest.AsSpan(0, rest.Length - 1));
    }

    // Titles that are also common nouns (the team, the brigade, the dean): one ordinary word after them is no name.
    // After a dateline's city: a country in brackets or not, then a comma and the day (بورتو (البرتغال)، 6 …; أنجمينا، 12 …).
    private static readonly System.Text.RegularExpressions.Regex DatelineAfter = new(@"^\s*(\([^()\n]{2,40}\)\s*)?[،,]\s*\d", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly HashSet<string> NounTitles = new(StringComparer.Ordinal) { "الفريق", "اللواء", "العميد" };

    private static bool NounTitle(string title)
    {
        string x = ArabicNormalizer.Aggressive.Apply(title.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "");
        return NounTitles.Contains(x) || x.Length > 3 && Clitics.IsConjunction(x[0]) && NounTitles.Contains(x[1..]);
    }

    // فان، ولدي: a name link inside a name, even one that is also a stop word (فان as فإن).
    private bool InnerLink(string x) => x.Length >= 2 && x != "ال" && patterns.NameLinks.Contains(x);

    // A surname alone that is an ordinary word as written, with its article, or without a proclitic of more than one
    // letter (بابكر is no ب + أبكر).
    private bool SurnameIsWord(string x) =>
        Lexicon.OrdinaryWords.Contains(x) || (x.StartsWith("ال", StringComparison.Ordinal) || x[0] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك')) && Lexicon.IsOrdinaryWord(x);

    // الفريق سجل، الفريق سيبقى: one word after a title that is no name.
    private bool LoneWordNoName(bool nounTitle, string x)
    {
        // الفريق متعب، اللواء سعيد: after a title that is also a noun, a name that is also a word needs a family name after it.
        if (nounTitle && Lexicon.WordNames.Contains(x)) return true;
        if (IsGiven(x) || Lexicon.WordNames.Contains(x)) return false;
        if (nounTitle && IsWordAsWritten(x)) return true;
        // الملك واقفا: an ordinary word in the accusative (a state or an adverb) is no name.
        if (AccusativeWord(x)) return true;
        // الفريق وكتب: و or ف and a verb, or an ordinary word, opens the next clause.
        if (ConjoinedWord(x)) return true;
        // A future verb: سي/ست/سن and a stem the word list knows, or any such shape after a title that is also a noun.
        return FutureVerb(x, nounTitle);
    }

    // الفريق استخدم خشبا، الفريق اعتمد نهجا: after a title that is also a noun, a word as written and then an object in the
    // accusative are the noun's verb and its object (الفريق أول ركن has no accusative word).
    private bool VerbAndObject(bool nounTitle, string[] w, int first, int end)
    {
        if (!nounTitle || end - first < 2 || IsGiven(w[first]) || !IsWordAsWritten(w[first])) return false;
        for (int x = first + 1; x < end; x++)
            if (AccusativeWord(w[x])) return true;
        return false;
    }

    // سيبدأ، سترسل، سنعمل: سي/ست/سن and a present stem the word list knows (not ستيفن, سنان: no word after the س), or any such
    // shape after a title that is also a noun.
    private bool FutureVerb(string x, bool nounTitle) =>
        x.Length >= 5 && x[0] == 'س' && x[1] is 'ي' or 'ت' or 'ن' && !IsGiven(x) && (nounTitle || KnownVerbShape(x[1..]));

    // فضل عدم ذكر اسمه: عدم (the negation noun) inside the words or right after them; no name has it, the word before is a verb.
    private static bool NotNamedAt(string[] w, int first, int end)
    {
        for (int k = first; k <= end && k < w.Length; k++)
            if (w[k] == "عدم") return true;
        return false;
    }

    // تقريبا، جدا، واقفا: an ordinary word with the accusative ending, as written (not a given name: رضا).
    private bool AccusativeWord(string x) =>
        x.Length >= 3 && x[^1] == 'ا' && !IsGiven(x) && Lexicon.OrdinaryWords.Contains(x.AsSpan(0, x.Length - 1));

    // وكتب، فأشاد، والحكومة: a conjunction on a verb or an ordinary word of three letters or more, the whole no name and no word.
    private bool ConjoinedWord(string x)
    {
        if (x.Length <= 3 || !Clitics.IsConjunction(x[0]) || IsGiven(x) || Lexicon.OrdinaryWords.Contains(x)) return false;
        string rest = x[1..];
        return verbs.Lookup(rest) is { Kind: not VerbFormKind.Present } || rest.Length >= 3 && rest[0] is not ('ي' or 'ت') && IsWordAsWritten(rest);
    }

    private static readonly HashSet<string> TitlePrepositions = new(StringComparer.Ordinal) { "في", "من", "الي", "علي", "عن", "مع", "منذ", "حتي", "لدي" };

    // الإمام الخميني في: the title's last word is a preposition.
    private static bool EndsInPreposition(string title)
    {
        var parts = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 && TitlePrepositions.Contains(ArabicNormalizer.Aggressive.Apply(parts[^1]));
    }

    // بن الشيخ، ولد الأمير: after a name link, a title word with the article is part of the name.
    private bool LinkedTitleWord(string[] w, int k) =>
        k >= 2 && w[k - 1].Length >= 2 && w[k - 1] != "ال" && patterns.NameLinks.Contains(w[k - 1]) && w[k].Length > 3
        && w[k].StartsWith("ال", StringComparison.Ordinal) && _titleWords.Contains(w[k]) && !_stopwords.Contains(w[k]);

    // الحبيب بورقيبة، الصادق الفكي: a given name written with the article, before a name word that is no common definite noun
    // (not الأمين العام).
    private bool DefiniteGivenName(string[] w, int k, Func<int, bool> joined) =>
        IsGiven(w[k]) && k + 1 < w.Length && joined(k + 1) && (IsNameWord(w[k + 1]) && !(Lexicon.IsOrdinaryWord(w[k + 1]) && DefiniteNoun(w[k + 1])) || InnerTitleWord(w, k + 1, joined));

    // خوان كارلوس دي لا فوينتي، دي لوس سانتوس: the Spanish article after دي or دا is a link of the name, not the negation لا.
    private static bool ArticleAfterDe(string[] w, int k) =>
        k > 0 && w[k] is "لا" or "لوس" or "لاس" or "ل" && w[k - 1] is "دي" or "دا";

    // الباجي قائد السبسي: an indefinite title word after a given name and before a definite word that is no ordinary word
    // (a family name) is a word of the name; محمد قائد الجيش is not (الجيش is a word).
    private bool InnerTitleWord(string[] w, int k, Func<int, bool> joined) =>
        k > 0 && k + 1 < w.Length && joined(k) && joined(k + 1) && _titleWords.Contains(w[k]) && !w[k].StartsWith("ال", StringComparison.Ordinal)
        && IsGiven(w[k - 1]) && w[k + 1].Length > 4 && w[k + 1].StartsWith("ال", StringComparison.Ordinal) && !IsGiven(w[k + 1])
        && !Lexicon.IsOrdinaryWord(w[k + 1]) && IsNameWord(w[k + 1]);

    // محمد ولد أحمدو (29 عاما)، المعروف …: an age between a name and what follows it.
    private static int AfterAge(string[] w, int end, Func<int, bool> joined) =>
        end + 1 < w.Length && w[end].Length > 0 && w[end].All(char.IsDigit) && w[end + 1] is "عاما" or "عام" or "سنه" or "سنوات" && end + 2 < w.Length ? end + 2 : end;

    // Every word that can start a name: a given name, عبد or أبو, each also behind a proclitic (وأحمد، لسلمى).
    private readonly HashSet<string> _givenNameStarts = lexicon.MaleNames.Concat(lexicon.FemaleNames).Concat(lexicon.AnyGenderNames).Append("عبد").Append("ابو").Append("ابي").Append("ابا")
        .SelectMany(g => Proclitics.Select(p => p + g).Prepend(g)).ToHashSet(StringComparer.Ordinal);

    // An ordinary word, but a short word is not read as a one-letter proclitic and three letters: فاتو is no ف + أتو after a title.
    private bool IsWordAsWritten(string x) =>
        WordFacts.For(this).TryGet(x, WordFacts.WordAsWritten, out bool known) ? known : WordFacts.For(this).Remember(x, WordFacts.WordAsWritten, DecideWordAsWritten(x));

    private bool DecideWordAsWritten(string x) =>
        Lexicon.IsOrdinaryWord(x) && (x.Length > 4 || !Clitics.IsOneLetter(x[0]) || Lexicon.OrdinaryWords.Contains(x));

    // قال، وقالت، ويضيف: a finite reporting verb (not one that counts only before a complementizer), behind و or ف.
    private bool IsSpeechVerb(string word) =>
        WordFacts.For(this).TryGet(word, WordFacts.SpeechVerb, out bool known) ? known : WordFacts.For(this).Remember(word, WordFacts.SpeechVerb, DecideSpeechVerb(word));

    private bool DecideSpeechVerb(string word)
    {
        string bare = word.Length > 3 && Clitics.IsConjunction(word[0]) ? word[1..] : word;
        return verbs.Lookup(word) is { IsFinite: true, AdjacentOnly: false } || verbs.Lookup(bare) is { IsFinite: true, AdjacentOnly: false };
    }

    // Where the subject of a reporting verb ends: a boundary, or a preposition with its noun (للصحفيين، لوكالة).
    private bool SubjectEnds(string[] w, int k, Func<int, bool> joined) =>
        Boundary(w, k, joined) || w[k].StartsWith("لل", StringComparison.Ordinal)
        || w[k].Length > 3 && w[k][0] == 'ل' && Lexicon.InstitutionHeads.Contains(w[k][1..]);

    // A given name behind a proclitic (وأحمد، لسلمى), unless the whole word is an ordinary word (بيان is not ب + يان).
    private IEnumerable<(string Form, int Skip)> GivenNameForms(string word) =>
        Lexicon.OrdinaryWords.Contains(word) ? [(word, 0)] : Forms(word);

    // Links inside a title's phrase: المتحدث باسم …، الباحث في …، المبعوث الأممي إلى اليمن.
    private static readonly HashSet<string> QualifierLinks = new(StringComparer.Ordinal) { "في", "باسم", "لدى", "عن", "ب", "الي" };

    // The titles of persons among the speaker titles: not the institutions, documents and sources (الجيش، البيان، مصدر).
    private readonly HashSet<string> _speakerTitleHeads = SpeakerTitles.Default.Titles
        .Where(t => t.Key.Length >= 3 && t.Value is null or SpeakerTitles.HintSpeaker && !NotPersonTitles.Contains(t.Key)
                    && !NotPersonTitles.Contains(ArabicNormalizer.Aggressive.Apply(t.Key)))
        .Select(t => t.Key).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> NotPersonTitles = new(StringComparer.Ordinal)
    {
        "الجيش", "الحكومه", "اداره", "الاداره", "السلطات", "بيان", "البيان", "منظمه", "هيئه", "هييه", "الهييه", "لجنه", "بعثه", "مفوضيه", "مجلس", "وزاره", "مصدر", "المصدر", "مصادر", "المصادر",
    };

    // الطب، الحفل: a definite ordinary word that is no nisba (الساعدي) is the verb's object after a full name, not its third word.
    private bool DefiniteNoun(string x) =>
        x.StartsWith("ال", StringComparison.Ordinal) && x.Length > 3 && !x.EndsWith('ي') && !x.EndsWith("يه", StringComparison.Ordinal)
        && !CompoundEnds.Contains(x) && !IsGiven(x[2..]);

    private static bool PluralOrVerbal(string x) => Plural(x) || x.Length >= 4 && x[0] is 'ي' or 'ت';

    // عسكريين، مراقبون، مفاوضات: a plural is no name.
    private static bool Plural(string x) =>
        x.Length > 4 && (x.EndsWith("ين", StringComparison.Ordinal) || x.EndsWith("ون", StringComparison.Ordinal) || x.EndsWith("ات", StringComparison.Ordinal));

    // After a speaker's name: punctuation, إن/أن, or a preposition that opens an adverbial (في، خلال، أمام، على، عبر، لـ).
    private static bool SpeechBoundary(string[] w, int k, Func<int, bool> joined)
    {
        if (k >= w.Length || !joined(k)) return true;
        string x = w[k];
        return x is "ان" or "بان" or "انه" or "انها" or "بانه" or "بانها" or "في" or "خلال" or "امام" or "علي" or "عبر" or "لدي" or "مساء" or "صباح" or "اليوم" or "امس"
            || x.Length > 3 && x[0] == 'ل'; // لوكالة، للصحفيين
    }

    // A word that is no ordinary word, title, stop word or institution, written without the article: a foreign name's shape.
    private bool UnknownWord(string x) =>
        x.Length >= 3 && (WordFacts.For(this).TryGet(x, WordFacts.Unknown, out bool known) ? known : WordFacts.For(this).Remember(x, WordFacts.Unknown, DecideUnknownWord(x)));

    private bool DecideUnknownWord(string x) =>
        x.Length >= 3 && !x.StartsWith("ال", StringComparison.Ordinal) && !x.StartsWith("لل", StringComparison.Ordinal)
        && !_stopwords.Contains(x) && !patterns.NameStops.Contains(x) && !IsTitleHead(x) && !IsInstitutionHead(x)
        && !Lexicon.NotNames.Contains(x) && !Lexicon.IsOrdinaryWord(x) && !Forms(x).Any(f => f.Skip > 0 && (Lexicon.IsOrdinaryWord(f.Form) || IsTitleHead(f.Form)));

    // «المعروف بأبو حسن»: the nickname step gives it to the person named before.
    private bool AfterNicknameMarker(string[] w, int i) =>
        Lexicon.NicknameMarkers.Any(m => i >= m.Length - 1 && w[i - (m.Length - 1)] == m[0]);

    // ميداني، رسمي، الإعلامية: an adjective made from an ordinary word.
    private bool IsNisbaAdjective(string word) =>
        WordFacts.For(this).TryGet(word, WordFacts.Nisba, out bool known) ? known : WordFacts.For(this).Remember(word, WordFacts.Nisba, DecideNisbaAdjective(word));

    private bool DecideNisbaAdjective(string word)
    {
        if (IsGiven(word)) return false;
        string x = word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;
        // صحافي from صحافة، ثقافي from ثقافة: the noun may end in ة (ه once normalized).
        return x.Length > 3 && (x.EndsWith('ي') && (Lexicon.IsOrdinaryWord(x[..^1]) || Lexicon.OrdinaryWords.Contains(x[..^1] + "ه"))
            || x.EndsWith("يه", StringComparison.Ordinal) && Lexicon.IsOrdinaryWord(x[..^2]));
    }

    private bool IsInstitutionHead(string word) =>
        WordFacts.For(this).TryGet(word, WordFacts.InstitutionHead, out bool known) ? known : WordFacts.For(this).Remember(word, WordFacts.InstitutionHead, DecideInstitutionHead(word));

    private bool DecideInstitutionHead(string word) =>
        Lexicon.InstitutionHeads.Contains(word) || word.StartsWith("ال", StringComparison.Ordinal) && Lexicon.InstitutionHeads.Contains(word[2..]);

    private bool IsTitleHead(string word)
    {
        var facts = WordFacts.For(this); // asked many times per word: decided once per form (WordFacts)
        if (facts.TryGet(word, WordFacts.TitleHead, out bool known)) return known;
        string bare = word.Length > 3 && Clitics.IsConjunction(word[0]) ? word[1..] : word;
        return facts.Remember(word, WordFacts.TitleHead,
            _speakerTitleHeads.Contains(word) || _speakerTitleHeads.Contains(bare) || _titleWords.Contains(bare) && !patterns.Honorifics.Contains(bare));
    }

    // What may stand between a title and the name: definite words, adjectives, a link and its complement, a noun in
    // construct before a definite word (حكومة تصريف الأعمال), the gazetteer's places and organizations (مصرف لبنان).
    private int SkipQualifiers(string[] w, int k, Func<int, bool> joined, bool[] taken, string?[] knownType)
    {
        const int MaxQualifiers = 8;
        int start = k;
        while (k < w.Length && k - start < MaxQualifiers && joined(k))
        {
            string x = w[k];
            if (_stopwords.Contains(x) && !QualifierLinks.Contains(x)) break; // أن، التي: the title's phrase is over
            if (taken[k])
            {
                // A place or organization the gazetteer knows may qualify a title; a person may not.
                if (knownType[k] is null or ActorType.Person) break;
                k++;
                continue;
            }
            bool definite = x.Length > 3 && (x.StartsWith("ال", StringComparison.Ordinal) || x.StartsWith("لل", StringComparison.Ordinal));
            // An adjective agrees with its noun: after a definite word an indefinite one is no qualifier but the name
            // (وزيرة الصحة التونسية منية …); a given name is never one.
            bool afterDefinite = k > start && (w[k - 1].StartsWith("ال", StringComparison.Ordinal) || w[k - 1].StartsWith("لل", StringComparison.Ordinal));
            bool adjective = x.Length > 4 && (x.EndsWith('ي') || x.EndsWith("يه", StringComparison.Ordinal)) && !IsGiven(x) && (definite || !afterDefinite)
                && Lexicon.IsOrdinaryWord(x.StartsWith("ال", StringComparison.Ordinal) ? x[2..] : x);
            // مدير مستشفى …: an institution's head ends the qualifiers; what its name is, the caller decides.
            if (k > start && IsInstitutionHead(x)) break;
            bool Definite(int y) => y < w.Length && joined(y) && (w[y].StartsWith("ال", StringComparison.Ordinal) || taken[y]);
            // حكومة تصريف الأعمال: a chain of nouns in construct ends in a definite word.
            bool nextDefinite = Definite(k + 1) || k + 2 < w.Length && joined(k + 1) && Lexicon.OrdinaryWords.Contains(w[k + 1]) && !IsGiven(w[k + 1]) && Definite(k + 2);
            if (LinkWord(x) || patterns.NameLinks.Contains(x)) break; // عبد الله حمدوك، بولد الطالب: a name starts
            if (definite && !IsGiven(x) || adjective) { k++; continue; }
            if (QualifierLinks.Contains(x) && k + 1 < w.Length && joined(k + 1)) { k++; continue; }
            if (x is "احد" or "احدي" && nextDefinite) { k++; continue; }
            // A noun in construct: an ordinary word (not a name) before a definite word, or ل + a noun before one (لكرة القدم، لشؤون اللاجئين).
            // الناقد الكويتي ضاري الجمال: an indefinite word in ي right after a definite adjective agrees with nothing before
            // it; it is no noun in construct of the title but the name.
            // Not لمرضى السكري: a preposition on a noun.
            bool nameAfterAdjective = afterDefinite && x.EndsWith('ي') && !Plural(x) && (w[k - 1].EndsWith('ي') || w[k - 1].EndsWith("يه", StringComparison.Ordinal))
                && !(x.Length > 3 && x[0] is 'ل' or 'ب' or 'ك' && Lexicon.IsOrdinaryWord(x[1..]));
            if (nextDefinite && !IsGiven(x) && !nameAfterAdjective && (Lexicon.IsOrdinaryWord(x) || x.Length > 3 && x[0] == 'ل' && (Lexicon.OrdinaryWords.Contains(x.AsSpan(1)) || Definite(k + 1))))
            {
                k++;
                continue;
            }
            break;
        }
        return k;
    }

    // Where a name may end: punctuation, the end, a stop word, a reporting verb, a verb.
    private bool Boundary(string[] w, int k, Func<int, bool> joined)
    {
        if (k >= w.Length || !joined(k)) return true;
        string x = w[k];
        var facts = WordFacts.For(this); // the rest depends on the word alone: decided once per form (WordFacts)
        return facts.TryGet(x, WordFacts.BoundaryWord, out bool known) ? known : facts.Remember(x, WordFacts.BoundaryWord, BoundaryWord(x));
    }

    private bool BoundaryWord(string x)
    {
        // باللاعب، للصحفيين، والرئيس: a preposition or a conjunction with the article opens a new phrase.
        if (x.Length > 4 && (x.StartsWith("بال", StringComparison.Ordinal) || x.StartsWith("لل", StringComparison.Ordinal) || x.StartsWith("وال", StringComparison.Ordinal)
            || x.StartsWith("فال", StringComparison.Ordinal) || x.StartsWith("كال", StringComparison.Ordinal)))
            return true;
        return _stopwords.Contains(x) || patterns.NameStops.Contains(x) || Lexicon.NotNames.Contains(x) || Forms(x).Any(f => verbs.Lookup(f.Form) is not null)
            || x.Length >= 4 && x[0] is 'ي' or 'ت' && !IsGiven(x) || x is "الذي" or "التي" or "ان" or "بان" or "انه" or "انها" or "بانه" or "بانها";
    }

    // The first word of a name: not a preposition before a noun (لكرة القدم), not an ordinary word in construct before a definite word (حكومة تصريف).
    private bool PlausibleFirstNameWord(string[] w, int first, int end)
    {
        string x = w[first];
        if (IsGiven(x) || patterns.NameLinks.Contains(x)) return true;
        // لشؤون اللاجئين: a preposition on a noun in construct before a definite word.
        if (x.Length > 3 && x[0] is 'ل' or 'ب' && first + 1 < w.Length && w[first + 1].StartsWith("ال", StringComparison.Ordinal)) return false;
        // عمليات قادسية: a plural noun is no given name.
        if (x.EndsWith("ات", StringComparison.Ordinal) && Lexicon.IsOrdinaryWord(x)) return false;
        // لكرة (ل + كرة) but not بيار (a name, and a word of its own)
        if (x.Length > 3 && x[0] is 'ل' or 'ب' or 'ك' && !Lexicon.OrdinaryWords.Contains(x)
            && (Lexicon.OrdinaryWords.Contains(x.AsSpan(1)) || x[1..].StartsWith("ال", StringComparison.Ordinal))) return false;
        if (Lexicon.OrdinaryWords.Contains(x) && first + 1 < end && w[first + 1].StartsWith("ال", StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>The word itself, then without each proclitic that leaves three letters or more (والحلبي → الحلبي; للحلبي → الحلبي).</summary>
    private static IEnumerable<(string Form, int Skip)> Forms(string word)
    {
        yield return (word, 0);
        foreach (var p in Proclitics)
            if (word.Length - p.Length >= 3 && word.StartsWith(p, StringComparison.Ordinal))
                yield return (word[p.Length..], p.Length);
        if (word.Length >= 5 && word.StartsWith("لل", StringComparison.Ordinal)) yield return ("ال" + word[2..], 1);
        // وللسقا، فللسقا: a conjunction, then ل on the article.
        if (word.Length >= 6 && Clitics.IsConjunction(word[0]) && word[1] == 'ل' && word[2] == 'ل') yield return ("ال" + word[3..], 2);
    }

    // أمينة سعيد: a title head that is also a given name is a title only before a definite word (أمينة المعرض).
    private bool GivenNameNotTitle(string[] w, int i, Func<int, bool> joined)
    {
        string bare = w[i].Length > 3 && Clitics.IsConjunction(w[i][0]) && !IsGiven(w[i]) ? w[i][1..] : w[i];
        return IsGiven(bare) && !(i + 1 < w.Length && joined(i + 1) && w[i + 1].StartsWith("ال", StringComparison.Ordinal));
    }

    // Whether a normalized word is a word of the gazetteer actor's name or aliases.
    private static bool IsNameOf(NameDiscoverer titles, string actorId, string word)
    {
        var gazetteer = titles.Finder.Gazetteer;
        if (!gazetteer.ById.TryGetValue(actorId, out var actor)) return true;
        return actor.Aliases.Concat(actor.FirstNames).Prepend(actor.Name).Any(a => gazetteer.Normalizer.Apply(a).Split(' ').Contains(word == AliName ? "علي" : word));
    }

    // لبن عمار، وآل مبارك: a proclitic on a name link of two letters, which Forms leaves alone (it keeps three letters or more).
    private IEnumerable<(string Form, int Skip)> LinkForms(string word)
    {
        if (word.Length is 3 or 4)
            foreach (var p in Proclitics)
                if (word.Length - p.Length == 2 && word.StartsWith(p, StringComparison.Ordinal) && patterns.NameLinks.Contains(word[p.Length..]))
                    yield return (word[p.Length..], p.Length);
    }

    private bool StartsName(string form, int i, string[] w, Func<int, bool> joined) =>
        !(i > 0 && joined(i) && (VerbParticles.Contains(w[i - 1]) || Lexicon.PlaceArticles.Contains(w[i - 1])))
        && !VesselNameAt(i, w, joined)
        && StartsNameHere(form, i, w, joined);

    // أبحرت السفينة ماري سيليست: a given name right after a definite vessel noun is the vessel's name; قبطان السفينة جون سميث
    // (a title before the noun) keeps the person.
    private bool VesselNameAt(int i, string[] w, Func<int, bool> joined) =>
        i > 0 && joined(i) && Lexicon.VesselNouns.Contains(w[i - 1]) && !(i > 1 && joined(i - 1) && IsTitleHead(w[i - 2]));

    // قد رفعت، لقد سمح: after قد a word is a verb, even one that is also a given name (رفعت، سمير is no verb but never follows قد).
    private IReadOnlySet<string> VerbParticles => Lexicon.VerbParticles; // [verb-particles]

    private bool StartsNameHere(string form, int i, string[] w, Func<int, bool> joined) =>
        !_stopwords.Contains(form) && !patterns.NameStops.Contains(form) && IsGiven(form) || form.Length > 4 && form.StartsWith("عبد", StringComparison.Ordinal) && IsGiven(form)
        || form is "عبد" or "ابو" && i + 2 < w.Length && joined(i + 1) && IsNameWord(w[i + 1])
        // لأبي بكر، أبا حمزة: أبو in the genitive or the accusative, before a given name (أبي alone is also "my father").
        || form is "ابي" or "ابا" && i + 2 < w.Length && joined(i + 1) && IsGiven(w[i + 1]);

    private bool IsGiven(string word)
    {
        var facts = WordFacts.For(this); // asked many times per word: decided once per form (WordFacts)
        return facts.TryGet(word, WordFacts.Given, out bool known) ? known : facts.Remember(word, WordFacts.Given, word == AliName || Lexicon.IsGivenName(word));
    }

    private bool IsNameWord(string word) => IsNameWord(word, false, false);

    // The word at k, knowing the word before: after a given name a word in ا is a family name (نجاتي سارجا), not an adverb.
    // After a title, a foreign name starting in ي or ت (تيبورسيو، يلماز) is no verb when no dictionary knows it.
    private bool IsNameWordAt(string[] w, int k, bool afterTitle = false) => IsNameWord(w[k], k > 0 && IsGiven(w[k - 1]), afterTitle);

    // تعتبر، يقولون، تؤكده: a verb form the word list knows, as written or without an object or plural suffix.
    private bool KnownVerbShape(string word)
    {
        if (Lexicon.IsOrdinaryWord(word)) return true;
        foreach (var suffix in VerbSuffixes)
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal) && Lexicon.OrdinaryWords.Contains(word.AsSpan(0, word.Length - suffix.Length)))
                return true;
        return false;
    }

    private static readonly string[] VerbSuffixes = ["ه", "ها", "هم", "هما", "ون", "ين", "وا", "ان", "ني", "نا", "كم"];

    private bool IsNameWord(string word, bool afterGivenName, bool afterTitle)
    {
        var facts = WordFacts.For(this); // asked many times per word: decided once per form and context (WordFacts)
        int fact = WordFacts.NameWord + (afterGivenName ? 1 : 0) + (afterTitle ? 2 : 0);
        return facts.TryGet(word, fact, out bool known) ? known : facts.Remember(word, fact, DecideNameWord(word, afterGivenName, afterTitle));
    }

    private bool DecideNameWord(string word, bool afterGivenName, bool afterTitle)
    {
        if (word == AliName) return true;
        // دفاعا، رسميا: an ordinary word with the accusative ending (as written: كيارا is no ك + يار + ا).
        // Not لوكا or سيلفا: a stem of three letters is as likely a foreign name.
        if (!afterGivenName && word.Length > 4 && word[^1] == 'ا' && IsWordAsWritten(word[..^1]) && !IsGiven(word)) return false;
        if (word.Length < 2 || word.Any(char.IsDigit) || _stopwords.Contains(word) || patterns.NameStops.Contains(word)) return false;
        if (Lexicon.NotNames.Contains(word) || Lexicon.InstitutionHeads.Contains(word) || _titleWords.Contains(word)) return false;
        if (PossessedNoun(word) || PrepositionOnWord(word)) return false;
        // ستحتفظ، ستتضمن: a future verb whose present stem the word list knows (six letters or more: not سيسيه).
        if (word.Length >= 6 && FutureVerb(word, false)) return false;
        // A verb ends a name; و + a present verb (ويري) may well be a surname.
        if (Forms(word).Any(f => verbs.Lookup(f.Form) is { } v && (f.Skip == 0 || v.Kind != VerbFormKind.Present)) || Lexicon.NicknameMarkers.Any(m => m[0] == word))
            return false;
        // A preposition before a noun: لوكالة، بمستشفى.
        if (word.Length > 3 && word[0] is 'ل' or 'ب' && Lexicon.InstitutionHeads.Contains(word[1..])) return false;
        // A conjunction or a preposition with the article ends the name: وأحمد، والرئيس، للصحفيين، بالقاهرة.
        if (word.Length > 3 && word[0] == 'و' && (IsGiven(word[1..]) || _stopwords.Contains(word[1..]) || word[1..].StartsWith("ال", StringComparison.Ordinal)))
            return false;
        // وتقشيره: و on an ordinary noun with the pronoun ه joins a phrase, no name (not وارسمه: ا opens names too).
        if (word.Length >= 6 && word[0] == 'و' && word[1] != 'ا' && word[^1] == 'ه' && !IsGiven(word) && !IsGiven(word[1..])
            && Lexicon.OrdinaryWords.Contains(word.AsSpan(1, word.Length - 2)))
            return false;
        // خصصت، قررت: a three-letter past stem the word list knows, with the feminine ت, is no name (not سلامت; حكمت is a given name).
        if (word.Length == 4 && word[^1] == 'ت' && !IsGiven(word) && Lexicon.OrdinaryWords.Contains(word.AsSpan(0, word.Length - 1)))
            return false;
        // Not فال، وال، بالي: a word of three or four letters is as likely a name (أمادو فال).
        // بالتازار: a word that starts like بال but whose rest is no word at all is tried whole, as a name.
        bool balName = word.Length > 5 && word.StartsWith("بال", StringComparison.Ordinal) && !Lexicon.IsOrdinaryWord(word) && !Lexicon.OrdinaryWords.Contains(word.AsSpan(3))
            && !Lexicon.OrdinaryWords.Contains("ال" + word[3..]) && !IsGiven(word[3..]);
        if (word.StartsWith("لل", StringComparison.Ordinal) || word.Length > 4 && (word.StartsWith("بال", StringComparison.Ordinal) && !balName || word.StartsWith("وال", StringComparison.Ordinal)
            || word.StartsWith("فال", StringComparison.Ordinal) || word.StartsWith("كال", StringComparison.Ordinal)))
            return false;
        // An imperfect verb after a name (محمد يقول، هدى تؤكد): not a name word; after a given name or a title, only a word
        // the lists know as a verb (أرطغرل يلماز).
        if (word.Length >= 4 && word[0] is 'ي' or 'ت' && !IsGiven(word) && (!(afterGivenName || afterTitle) || word.Length < 5 || KnownVerbShape(word))) return false;
        return true;
    }

    // مستشفى الملك فهد، ملعب محمد الخامس، شارع الحبيب بورقيبة: the name belongs to a place or institution.
    private bool InsideInstitution(string[] w, int first, Func<int, bool> joined)
    {
        int k = first - 1;
        // مسجد السلطان صلاح الدين عبد العزيز، مستشفى الحبيب ثامر: titles, given names, links and the ends of compound names
        // may stand between the head and this word; they are the rest of the place's name.
        for (int back = 0; k >= 0 && back < 4 && joined(k + 1) && (InnerTitles.Contains(w[k]) || IsGiven(w[k]) || patterns.NameLinks.Contains(w[k])
                 || CompoundEnds.Contains(w[k]) || w[k].Length > 4 && w[k].StartsWith("ال", StringComparison.Ordinal) && IsGiven(w[k][2..])); back++)
            k--;
        if (k < 0 || !joined(k + 1)) return false;
        // The head of a named place is indefinite (مستشفى الملك فهد); الرئيس التنفيذي للشركة جواو … is a title's complement.
        return InstitutionHeadForm(w[k]);
    }

    // A form of the word (as written or behind a proclitic) is an institution's head: decided once per form (WordFacts).
    private bool InstitutionHeadForm(string word) =>
        WordFacts.For(this).TryGet(word, WordFacts.InstitutionForm, out bool known) ? known
            : WordFacts.For(this).Remember(word, WordFacts.InstitutionForm, Forms(word).Any(f => Lexicon.InstitutionHeads.Contains(f.Form)));

    // جامعة فرحات عباس، مستشفى سعادنة عبد النور، مطار مرتالا محمد: a given name after one or two indefinite words that
    // follow the head of a place or institution is the rest of the place's name (مستشفى الشفاء محمد … is not: the
    // definite word closes the place's name, and the title rules read the person after it; nor رئيس نادي لانوس أوراسيو …).
    private bool AfterPlaceNameWords(string[] w, int first, Func<int, bool> joined, bool[] taken)
    {
        for (int j = first - 1, back = 0; j > 0 && back < 2; j--, back++)
        {
            // بمنطقة: a place noun behind a preposition is a word of the place's name here too.
            if (!joined(j + 1) || taken[j] || w[j].StartsWith("ال", StringComparison.Ordinal) || !IsNameWord(w[j]) && !UnknownWord(w[j]) && !PrepositionOnWord(w[j])) return false;
            // رئيس نادي لانوس أوراسيو كامبوس: after a title and its institution the person follows.
            // بمنطقة شهيد بينظير: the head may stand behind a preposition.
            if (joined(j) && Forms(w[j - 1]).Any(f => Lexicon.InstitutionHeads.Contains(f.Form))) return !(j >= 2 && joined(j - 1) && IsTitleHead(w[j - 2]));
        }
        return false;
    }

    // بدار الثقافة عبد القادر …، عبر مطار المنستير الحبيب …: a given name right after an indefinite place head and one definite
    // word names the place (kind of round people5); not after a title (مدير مستشفى الشفاء محمد …: the title's person).
    private bool AfterHeadAndDefinite(string[] w, int first, Func<int, bool> joined)
    {
        int k = first - 2;
        if (k < 0 || !joined(first) || !joined(k + 1) || !w[k + 1].StartsWith("ال", StringComparison.Ordinal) || w[k].StartsWith("ال", StringComparison.Ordinal)
            || !InstitutionHeadForm(w[k]) || IsTitleHead(w[k + 1])) return false;
        // مسؤول في مطار القاهرة …، رئيس نادي الزمالك …: a title up to two words before the head reads the person after it.
        for (int b = k - 1; b >= 0 && b >= k - 2 && joined(b + 1); b--)
            if (IsTitleHead(w[b]) || _titleWords.Contains(w[b])) return false;
        return true;
    }

    // مدرب، قائد، رئيس: a one-word title with no article that heads a body (not مبعوث or ممثل, who may be a person's).
    private bool IndefiniteTitle(string title)
    {
        var parts = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 1) return false;
        string t = ArabicNormalizer.Aggressive.Apply(parts[0]);
        if (t.Length > 4 && t[0] == 'و') t = t[1..];
        return Lexicon.BodyHeads.Contains(t);
    }


    // بن، ولد، بولد، وابن: a name link (not the article), as written or behind a one-letter proclitic.
    private bool LinkWord(string x) =>
        x.Length is >= 2 and <= 5 && x != "ال" && (patterns.NameLinks.Contains(x) || x.Length > 3 && Clitics.IsOneLetter(x[0]) && patterns.NameLinks.Contains(x[1..]));

    // جامعة الشيخ أنتا ديوب: a surname after one or two more name words of a place or institution.
    private bool InsideInstitutionName(string[] w, int first, Func<int, bool> joined, bool[] taken)
    {
        for (int j = first, back = 0; j >= 0 && back <= 2; j--, back++)
        {
            if (back > 0 && (!joined(j + 1) || taken[j] || !IsNameWord(w[j]) && !InnerTitles.Contains(w[j]))) return false;
            if (InsideInstitution(w, j, joined)) return true;
        }
        return false;
    }

    // The surname alone that a full name lends to later mentions: its last word (two for نصر الله، صلاح الدين).
    private string[]? Surname(string[] name)
    {
        int words = name.Length;
        if (words < 2) return null;
        int take = CompoundEnds.Contains(name[^1]) ? 2 : 1;
        // هشام عبد الحميد → عبد الحميد، هند آل مبارك → آل مبارك، لويز دا سيلفا → دا سيلفا: a link belongs to the surname.
        // فان دير ميرفه، دي لا فوينتي: every link before it.
        while (words > take + 1 && (patterns.NameLinks.Contains(name[^(take + 1)]) || name[^(take + 1)] is "لا" or "لوس" or "لاس" && words > take + 2 && name[^(take + 2)] is "دي" or "دا")) take++;
        if (words <= take) return null;
        var surname = name[^take..];
        // بن عمار، دا سيلفا: a link of two letters leads the surname; the word after it must be a real one.
        return (patterns.NameLinks.Contains(surname[0]) ? surname[^1] : surname[0]).Length >= 3 ? surname : null;
    }

    // A shorter form of a name already found (غريفيث of مارتن غريفيث) or a longer one (محمد بن سلمان آل سعود).
    private bool IsPartOf(string[] name, string[] other)
    {
        if (name.Length == 1) return other.Length > 1 && (other[^1] == name[0] || Surname(other) is { } s && s.Length == 1 && s[0] == name[0]);
        int shorter = Math.Min(name.Length, other.Length);
        return name.Take(shorter).SequenceEqual(other.Take(shorter)) || name[^1] == other[^1] && name.Length > 1 && other.Length > 1 && name[0] == other[0];
    }

    private static bool Matches(string[] w, int i, string[] alias, Func<int, bool> joined, bool[] taken)
    {
        if (i + alias.Length > w.Length) return false;
        for (int k = 1; k < alias.Length; k++)
            if (taken[i + k] || !joined(i + k) || w[i + k] != alias[k]) return false;
        return true;
    }

    // عون alone is a name when a title stands before it or a reporting verb next to it (قال عون، الرئيس عون).
    private bool SpeechOrTitleAround(string[] w, int first, int end, Func<int, bool> joined)
    {
        if (first > 0 && joined(first) && (IsTitleHead(w[first - 1]) || Forms(w[first - 1]).Any(f => verbs.Lookup(f.Form) is not null || Lexicon.NameContexts.Contains(f.Form))))
            return true;
        // ورد الصباغ، وكان الصباغ: a word with و or ف that opens its sentence or clause is a verb (news sentences start
        // with the verb), and the name right after it is its subject.
        if (first > 0 && joined(first) && (first == 1 || !joined(first - 1)) && ClauseVerb(w[first - 1])) return true;
        // ولا تخفي يوسف، ولم يتردد …: a negated present verb, right before the name, has it as its subject.
        if (first > 1 && joined(first) && joined(first - 1) && w[first - 2] is "لا" or "لم" or "لن" or "ولا" or "ولم" or "ولن" or "فلا" or "فلم"
            && w[first - 1].Length >= 3 && w[first - 1][0] is 'ي' or 'ت' && !IsGiven(w[first - 1]))
            return true;
        if (end >= w.Length || !joined(end)) return false;
        string next = w[end];
        // جابر تتأهل: a reporting verb or an imperfect verb after the name.
        return Forms(next).Any(f => verbs.Lookup(f.Form) is not null)
            || next.Length >= 4 && next[0] is 'ي' or 'ت' && !IsGiven(next) && !next.EndsWith('ي') && !next.EndsWith("يه", StringComparison.Ordinal)
               && !next.EndsWith('ه') && !next.EndsWith("ات", StringComparison.Ordinal); // not an adjective (عون تنموي، عون تقني) nor a noun in ة or ات
    }

    private static readonly HashSet<string> BeingVerbs = new(StringComparer.Ordinal) { "كان", "كانت", "ظل", "ظلت", "بات", "باتت", "اصبح", "اصبحت", "عاد", "عادت", "ليس", "ليست" };

    // وكان، ورد، فرفض: و or ف on a word that is no name, no noun with the article, no particle.
    private bool ClauseVerb(string x) =>
        x.Length >= 3 && Clitics.IsConjunction(x[0]) && !x.AsSpan(1).StartsWith("ال", StringComparison.Ordinal) && !IsGiven(x) && !IsGiven(x[1..])
        && (!_stopwords.Contains(x[1..]) || BeingVerbs.Contains(x[1..])) && !IsTitleHead(x) && !IsInstitutionHead(x[1..]) && !Lexicon.NotNames.Contains(x[1..]);

    private static readonly HashSet<string> KinshipStems = new(StringComparer.Ordinal)
    {
        "ابن", "ابنت", "بنت", "زوج", "زوجت", "شقيق", "شقيقت", "اخ", "اخت", "اخو", "والد", "والدت", "حفيد", "حفيدت", "طفل", "طفلت", "ام", "ابو", "عم", "خال", "خالت", "عمت",
        "جد", "جدت",
    };

    private static readonly string[] PossessiveSuffixes = ["هما", "ها", "هم", "هن", "كم", "نا", "ه", "ي"];

    // ابنتها، زوجه، شقيقي: a noun of kinship with a possessive suffix (ة is ت before it).
    private static bool KinshipNoun(string x)
    {
        foreach (var suffix in PossessiveSuffixes)
            if (x.Length > suffix.Length + 1 && x.EndsWith(suffix, StringComparison.Ordinal) && KinshipStems.Contains(x[..^suffix.Length]))
                return true;
        return false;
    }

    // بيديها، لأجلهم: a long word ending in an attached pronoun of the third person (ها، هم، هن، هما) is no name word after a role.
    private bool PronounEnding(string x) =>
        x.Length >= 5 && !IsGiven(x) && (x.EndsWith("ها", StringComparison.Ordinal) || x.EndsWith("هم", StringComparison.Ordinal) || x.EndsWith("هن", StringComparison.Ordinal));

    // فريقه، كلمتها، قراراتها: an ordinary word with a possessive suffix (ة is ت before it) is no name word.
    private bool PossessedNoun(string x)
    {
        if (x.Length < 5 || IsGiven(x) || Lexicon.OrdinaryWords.Contains(x)) return false;
        foreach (var suffix in PossessiveSuffixes)
        {
            if (suffix is "ي" || !x.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = x[..^suffix.Length];
            if (stem.Length < 3) continue;
            // أطفالنا، بيوتكم: نا and كم end names too (رنا، دينا، لينا), so only on a stem of four letters or more that is a
            // word as written and no given name.
            if (suffix is "نا" or "كم")
            {
                if (stem.Length >= 4 && !IsGiven(stem) && Lexicon.OrdinaryWords.Contains(stem)) return true;
                continue;
            }
            if (Lexicon.OrdinaryWords.Contains(stem) || stem[^1] == 'ت' && Lexicon.OrdinaryWords.Contains(stem[..^1] + "ه")) return true;
            // A plural in ات of a word, in ة or not (قراراتها → قرار، عملياتها → عملية).
            if (stem.Length > 4 && stem.EndsWith("ات", StringComparison.Ordinal)
                && (Lexicon.OrdinaryWords.Contains(stem[..^2] + "ه") || Lexicon.OrdinaryWords.Contains(stem.AsSpan(0, stem.Length - 2)))) return true;
        }
        return false;
    }

    private static readonly HashSet<string> NamingWords = new(StringComparer.Ordinal) { "تدعي", "يدعي", "اسمه", "اسمها", "ويدعي", "وتدعي" };

    // (First, End) of a full name after a role no list knows (الخباز البرتغالي دوارتي كوستا، البائعة …) or after a
    // naming word (تدعى، اسمه): two or three words that no dictionary knows (the last may be one before a clear end).
    private (int First, int End)? RoleBeforeName(string[] w, int i, Func<int, bool> joined, bool[] taken, string?[] knownType)
    {
        string x = w[i];
        int k;
        bool named = NamingWords.Contains(x);
        if (named) k = i + 1;
        else
        {
            // A definite singular noun, then up to two definite adjectives (الشاب، الإيطالي).
            if (!CanHeadRole(x)) return null;
            k = i + 1;
            // A nationality the gazetteer knows (البرتغالي) may be one of them.
            while (k < w.Length && k - i <= 2 && joined(k) && w[k].Length > 4 && w[k].StartsWith("ال", StringComparison.Ordinal) && !Plural(w[k])
                   && (taken[k] ? knownType[k] == ActorType.Country : Lexicon.IsOrdinaryWord(w[k]) && !IsInstitutionHead(w[k])))
                k++;
        }
        int first = k;
        if (first >= w.Length || !joined(first) || !named && (InnerTitles.Contains(x) || patterns.Honorifics.Contains(x) || InsideInstitution(w, i + 1, joined))) return null;
        while (k < w.Length && k - first < MaxWordsAfterGivenName && joined(k) && !taken[k] && !w[k].StartsWith("ال", StringComparison.Ordinal) && !Plural(w[k])
               && IsNameWord(w[k], k > first, true) && !AccusativeWord(w[k])
               // القرى الفقيرة لتطعيم أطفالهن: a preposition on a verbal noun, or a noun with a possessive pronoun, opens a phrase.
               && !PossessedNoun(w[k]) && !PronounEnding(w[k]) && !(w[k].Length >= 5 && w[k][0] is 'ل' or 'ب' && !IsGiven(w[k]) && !Lexicon.OrdinaryWords.Contains(w[k]) && Lexicon.OrdinaryWords.Contains(w[k].AsSpan(1)))
               // The first word may look like a proclitic on a word (كيران), so long as it is no word as written.
               && (UnknownWord(w[k]) || k == first && (IsGiven(w[k]) && !Lexicon.WordNames.Contains(w[k]) || !Lexicon.OrdinaryWords.Contains(w[k]) && !IsTitleHead(w[k]) && !IsInstitutionHead(w[k]))
                   || k > first && SpeechBoundary(w, k + 1, joined)))
            k++;
        int end = k;
        while (end > first + 1 && !Boundary(w, end, joined) && !SpeechBoundary(w, end, joined)) end--;
        if (end - first < 2 || !Boundary(w, end, joined) && !SpeechBoundary(w, end, joined)) return null;
        // At least one word of the name is a word no dictionary knows, or the first is a given name.
        bool unknown = IsGiven(w[first]);
        for (int y = first; y < end && !unknown; y++) unknown = UnknownWord(w[y]);
        if (!unknown) return null;
        // A naming word is evidence enough; after a role, no word of the name may be a word with the article or a title.
        return (first, end);
    }

    // A definite singular ordinary noun that is no institution, stopword or given name: a role no list knows may start
    // with it (الخباز، البائعة). Asked of every definite word, so decided once per form (WordFacts).
    private bool CanHeadRole(string x)
    {
        if (x.Length < 5 || !x.StartsWith("ال", StringComparison.Ordinal)) return false;
        var known = WordFacts.For(this);
        if (known.TryGet(x, WordFacts.RoleHead, out bool decided)) return decided;
        // السفينة إيفر غيفن، المقاطعة …: a vessel, place or body named after its head noun is no role.
        bool can = !(Plural(x) || BrokenPlural(x) || IsInstitutionHead(x) || Lexicon.PlaceHeads.Contains(x[2..]) || _stopwords.Contains(x) || !Lexicon.IsOrdinaryWord(x) || IsGiven(x) || IsGiven(x[2..]));
        return known.Remember(x, WordFacts.RoleHead, can);
    }

    // الأشجار، الأحواض: the broken plural أفعال (ال، ا، two letters, ا, one letter) names things or groups, no one's role;
    // a title of that shape (الأستاذ) is read by the title rules.
    private bool BrokenPlural(string x) =>
        x.Length == 7 && x[2] == 'ا' && x[5] == 'ا' && !IsTitleHead(x) && !patterns.Honorifics.Contains(x);

    // الطبيبة، الدكتورة: a title, or an honorific in either gender (الدكتور → الدكتوره).
    private bool TitleOrHonorific(string x) =>
        IsTitleHead(x) || patterns.Honorifics.Contains(x) || x.Length > 4 && x[^1] == 'ه' && patterns.Honorifics.Contains(x[..^1]);

    private static readonly HashSet<string> NicknameAudience = new(StringComparer.Ordinal) { "لدي", "عند", "بين", "في", "وسط" };

    // المعروف بـ«أبو علي»، الملقب بالحكيم: the one or two words after the marker.
    private (int First, int End, int Skip)? Nickname(string[] w, int after, Func<int, bool> joined, bool[] taken, Func<int, bool>? quoted = null)
    {
        foreach (var marker in Lexicon.NicknameMarkers)
        {
            int k = after;
            bool match = true;
            for (int m = 0; m < marker.Length - 1 && match; m++, k++) match = k < w.Length && w[k] == marker[m];
            if (!match || k >= w.Length) continue;
            // المعروف لدى جماهير النادي بـ"…": who knows the person by it may stand between the marker and its name.
            if (NicknameAudience.Contains(w[k]))
            {
                int g = k + 1, limit = Math.Min(w.Length - 1, k + 7); // المعروف في أوساط ألعاب القوى الكينية بـ…
                // The marker's own word (بـ"النمر") before a word that only starts like it (في مدينته باتنة بـ…).
                int exact = g;
                while (exact <= limit && joined(exact) && w[exact] != marker[^1]) exact++;
                if (exact <= limit && joined(exact)) g = exact;
                else
                    while (g <= limit && joined(g) && !w[g].StartsWith(marker[^1], StringComparison.Ordinal)) g++;
                if (g > limit || !joined(g)) continue;
                k = g;
            }
            // الذي يلقبه مشجعوه بـ"…": after a marker that ends in a verb, its subject (one or two words) stands before the nickname.
            if (w[k] != marker[^1] && !w[k].StartsWith(marker[^1], StringComparison.Ordinal) && marker.Length >= 2 && marker[^2].Length >= 4 && marker[^2][0] is 'ي' or 'ت')
            {
                int g = k + 1;
                while (g < w.Length && g <= k + 2 && joined(g) && !(w[g] == marker[^1] || w[g].StartsWith(marker[^1], StringComparison.Ordinal) && w[g].Length > marker[^1].Length + 1)) g++;
                if (g >= w.Length || g > k + 2 || !joined(g)) continue;
                k = g;
            }
            string glue = marker[^1];
            int first, skip;
            if (w[k] == glue) { first = k + 1; skip = 0; }
            else if (w[k].StartsWith(glue, StringComparison.Ordinal) && w[k].Length > glue.Length + 1) { first = k; skip = glue.Length; }
            else continue;
            if (first >= w.Length || taken[first]) return null;
            int end = first + 1;
            if (w[first][skip..] is "ابو" or "ام" && end < w.Length && joined(end) && IsNameWord(w[end])) end++;
            // بـ«الصقر الأسمر»: a nickname in quotation marks runs to the closing mark (three words at most).
            else if (skip == 0 && quoted is not null && quoted(first))
            {
                int q = end;
                while (q < w.Length && q - first < 3 && joined(q) && !taken[q] && !_stopwords.Contains(w[q])) q++;
                if (q > end && (q >= w.Length || quoted(q))) end = q;
            }
            return (first, end, skip);
        }
        return null;
    }

    private static int SentenceOf(int[] starts, int offset)
    {
        int index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }
}
