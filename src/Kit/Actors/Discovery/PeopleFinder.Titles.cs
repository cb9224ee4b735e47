using Kit.Lexicon;
using Kit.Normalization;
using Kit.Text;

namespace Kit.Actors.Discovery;

// Names after titles and roles: the title discoverer's candidates, then any speaker title with its qualifiers.
public sealed partial class PeopleFinder
{
    private void FindBodies(Document d, Opens[] opens)
    {
        string[] w = d.W;
        int count = d.Count;
        HashSet<string> bodies = d.Bodies;
        // مدرب الأهلي … مدرب يونايتد سامي …: a word between a title in construct and a given name names the body the title leads.
        for (int i = 0; i + 2 < count; i++)
            if ((opens[i] & Opens.BodyTitle) != 0 && d.Joined(i + 1) && d.Joined(i + 2) && !d.Given(i + 1) && UnknownWord(w[i + 1]) && d.Given(i + 2)) bodies.Add(w[i + 1]);
    }

    private void FindAfterDiscoveredTitles(Document d, IReadOnlyList<Mention> known, NameDiscoverer titles, IReadOnlyList<Tokenization.Sentence>? sentences)
    {
        string documentId = d.Id;
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        var words = d.Words;
        string text = d.Text;
        NormalizedText normalized = d.Normalized;
        // 1. Names after titles.
        // The title discoverer sees the words as the gazetteer had them; علي as a name is its own matter.
        var plain = !d.HasAliName ? w : Plain(w); // a copy only when علي is there
        foreach (var c in titles.Find(documentId, text, known, normalized, words, plain, sentences, d.JoinedAt, d.Forms))
        {
            if (!c.IsNew) continue;
            // مستشفى … في زرنغار: after a title's phrase that ends in a preposition stands the preposition's object, a place.
            if (EndsInPreposition(c.Title)) continue;
            int first = d.WordOf(c.Start), end = d.WordOf(c.End - 1) + 1;
            while (end > first && AnyVerbForm(w[end - 1])) end--; // لويد أوستن قوله: the verbal noun is no name
            // حسين أمير | عبد اللهيان: a link and a name word after the candidate belong to it.
            // هانس | فان دير ميرفه: links in a row, then the name word.
            while (end < count && d.Joined(end) && patterns.NameLinks.Contains(w[end]))
            {
                int x = end;
                while (x < count && d.Joined(x) && patterns.NameLinks.Contains(w[x])) x++;
                if (x >= count || !d.Joined(x) || taken[x] || !(IsNameWord(w[x]) || LinkedTitleWord(w, x))) break;
                end = x + 1;
            }
            if (end <= first || end - first == 1 && IsNisbaAdjective(w[first])) continue; // قائد ميداني: an adjective, not a name
            // التقى الرئيس ميشال عون الوفد: a third word that is an ordinary word with the article is the verb's object.
            while (end - first >= 3 && w[end - 1].StartsWith("ال", StringComparison.Ordinal) && !d.Given(end - 1) && Lexicon.IsOrdinaryWord(w[end - 1])
                   && !patterns.NameLinks.Contains(w[end - 2])
                   // مدير المكتب عبد الله محمد الأهدل إن: after a given name and the father's given name, before a boundary, the word is the family name.
                   && !(end - first >= 3 && !Plural(w[end - 1]) && d.Given(end - 2) && (d.Given(end - 3) || w[end - 3] == "الله") && Boundary(w, end, d.JoinedTest)))
                end--;
            if (first < 0 || end <= first || Enumerable.Range(first, end - first).Any(k => taken[k])) continue;
            if (InsideInstitution(d, first, d.JoinedTest) || Lexicon.NotNames.Contains(w[first]) || !PlausibleFirstNameWord(w, first, end)) continue;
            // حاكم مقاطعة …، قائد سفينة …، مدير شركة …: a place or institution head as the first word names a place, not the title's person.
            if (!d.Given(first) && (d.InstitutionHead(first) || Lexicon.PlaceHeads.Contains(w[first]))) continue;
            // رئيس بلدية كاراكول، رئيسة جمعية مزارعي كالولو: words after the title's body or place noun name that body or place.
            if (first > 0 && d.Joined(first) && !d.Given(first) && (InstitutionHeadForm(w[first - 1]) || Lexicon.PlaceHeads.Contains(w[first - 1]) || DualHead(w[first - 1]))) continue;
            // سفينة الأبحاث "الدكتور كارل هوفمان": a title and a name inside quotation marks name a vessel, a film or a brand.
            int titleWords = c.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (first > 1 && (d.MarkBetween(first - 1) || first - titleWords > 0 && d.MarkBetween(first - titleWords)) && d.MarkBetween(end)) continue;
            // وزارة الصحة والعمل: a conjunction or preposition with the article on an ordinary word is no name's first word.
            if (w[first].Length > 4 && (w[first].StartsWith("وال", StringComparison.Ordinal) || w[first].StartsWith("بال", StringComparison.Ordinal)
                || w[first].StartsWith("فال", StringComparison.Ordinal) || w[first].StartsWith("كال", StringComparison.Ordinal)) && Lexicon.IsOrdinaryWord(w[first]))
                continue;
            // الفريق سجل أكثر …: after a title that is also a common noun (the team, the brigade, the dean), one ordinary word is the noun's verb.
            // الفريق سيبقى، الرئيس سيزور: or a future verb.
            if (end - first == 1 && LoneWordNoName(NounTitle(c.Title), w[first]) || VerbAndObject(NounTitle(c.Title), w, first, end)) continue;
            // رئيس الوزراء سيرسل لجنة، الفريق سيبدأ الشهر المقبل: a future verb first opens the title's predicate, however many words follow.
            if (FutureVerb(w[first], NounTitle(c.Title)) || ProcliticOnNoun(w[first])) continue;
            // مسؤول … فضل عدم ذكر اسمه، طلب عدم الكشف: a word before عدم is the verb of asking not to be named, and no name.
            if (NotNamedAt(w, first, end) || AdjectiveAndPurpose(w, first, end)) continue;
            // لـ"حزب الله": a proclitic cut from its word is no name; طلب عدم، مؤتمر صحافي: two ordinary words and no given name are a phrase.
            // عبد المجيد تبون، سالم بن حمد: a link inside the name is a name's shape, whatever its words are.
            bool linkInside = Enumerable.Range(first, Math.Max(0, end - first - 1)).Any(x => patterns.NameLinks.Contains(w[x]) && w[x].Length >= 2 && w[x] != "ال");
            // الدكتور سالم حداد إن …: after an honorific, two indefinite words closed by إن or a punctuation mark are a name, words or not.
            bool honorificPair = end - first == 2 && HonorificTitle(c.Title) && !w[first].StartsWith("ال", StringComparison.Ordinal)
                && !w[first + 1].StartsWith("ال", StringComparison.Ordinal) && !_stopwords.Contains(w[first]) && !_stopwords.Contains(w[first + 1])
                && (Boundary(w, end, d.JoinedTest) || SpeechBoundary(w, end, d.JoinedTest));
            if (w[first].Length < 2 || end - first > 1 && !linkInside && !honorificPair && Enumerable.Range(first, end - first)
                    .All(x => patterns.NameLinks.Contains(w[x]) || !d.Given(x) && (IsWordAsWritten(w[x]) || IsNisbaAdjective(w[x]) || PrepositionOnWord(w[x]))))
                continue;
            // مدرب ريفيرا، قائد فرقة: after a title with no article (a noun in construct), one lone word that is no given name is the
            // team or body it leads, not a person (kind of round people5).
            if (end - first == 1 && !d.Given(first) && IndefiniteTitle(c.Title)) continue;
            if (IndefiniteTitle(c.Title) && first > 0 && IndefiniteTitle(w[first - 1]) && BodyBeforeName(w, first, end)) d.Bodies.Add(w[first++]);
            // A lone word after a title that is an ordinary word (الرئيس عون is a name, الرئيس نفسه is not) needs no more: the title is the evidence.
            Take(d, new Found(first, end, 0, "title", c.Title, -1));
        }
    }

    // The words with علي the name written as the preposition was: a copy and a loop, no call of a lambda per word.
    private static string[] Plain(string[] w)
    {
        var plain = (string[])w.Clone();
        for (int i = 0; i < plain.Length; i++)
            if (plain[i] == AliName) plain[i] = "علي";
        return plain;
    }

    // The first given name after the run's first word and before its last (-1: none) that no name link precedes and no
    // other given name, unless that one is the first word and a family name elsewhere. A loop, not a lambda: a lambda
    // reading the rule loop's `first` cost an object for every word the loop passed.
    private int GivenInsideRun(Document d, int first, int k)
    {
        string[] w = d.W;
        for (int x = first + 1; x < k - 1; x++)
            if (d.Given(x) && !patterns.NameLinks.Contains(w[x - 1])
                && (!d.Given(x - 1) || x - 1 == first && FamilyNameElsewhere(d, w[x - 1], x - 1)))
                return x;
        return -1;
    }

    // مدرب ريتاس ميندوغاس يوكنا: right after a one-word title that heads a body (a noun in construct), three words that no
    // dictionary knows and no given name are the body's one-word name and then the person's two (kind of blind44).
    private bool BodyBeforeName(string[] w, int first, int end) =>
        end - first == 3 && Enumerable.Range(first, 3).All(x => !IsGiven(w[x]) && UnknownWord(w[x]) && !patterns.NameLinks.Contains(w[x]));

    // الدكتور، مدير المستشفى الدكتور: a title whose last word is an honorific of title-patterns.json.
    private bool HonorificTitle(string title)
    {
        string trimmed = title.TrimEnd(' ');
        return trimmed.Length > 0 && patterns.Honorifics.Contains(trimmed[(trimmed.LastIndexOf(' ') + 1)..]);
    }

    private void FindAfterTitleHeads(Document d, Opens[] opens)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        string?[] knownType = d.KnownType;
        bool[] adjectiveAt = d.AdjectiveAt;
        string n = d.N;
        var words = d.Words;
        TextSpan[] original = d.Original;
        string text = d.Text;
        HashSet<string> bodies = d.Bodies;
        // 1b. Any title of the speaker titles, its qualifiers (الاقتصادي، باسم الجامعة، في حكومة تصريف الأعمال), then
        // one to three name-like words ending at a boundary: المدرب المؤقت رامون مينيزيس، وزيرة الدفاع … زينة عكر إن.
        for (int i = 0; i < count; i++)
        {
            // A title, or a definite nationality adjective before a name (التونسية أنس جابر، الأمريكية كوكو غوف).
            bool nationality = knownType[i] == ActorType.Country && adjectiveAt[i] && (w[i].StartsWith("ال", StringComparison.Ordinal) || w[i].StartsWith("وال", StringComparison.Ordinal));
            // Every branch below needs a free word that may start a title, role or nationality (TitleHeadStart): skip the rest unasked.
            if (!nationality && (taken[i] || (opens[i] & Opens.TitleHead) == 0)) continue;
            // والمغربي سعيد …: a nationality adjective of the lexicon's list, for countries the gazetteer lacks; not a surname
            // after a given name (أحمد الجزائري).
            nationality = nationality || !taken[i] && (opens[i] & Opens.Nationality) != 0 && !(i > 0 && d.Joined(i) && d.Given(i - 1))
                // البعثة الجزائرية: after a definite noun that is no title the adjective qualifies that noun.
                && !(i > 0 && d.Joined(i) && w[i - 1].StartsWith("ال", StringComparison.Ordinal) && !d.TitleHead(i - 1));
            // المحمص الإيطالي …، مشترية … تدعى …: a role no list knows, or a naming verb, before a full foreign name.
            // الإدارة ستصرف مكافأة: a future verb (سـ and a verb the word list knows) first is the role noun's predicate, no name.
            if (!nationality && !taken[i] && RoleBeforeName(d, i) is var (roleFirst, roleEnd) && !FutureVerb(w[roleFirst], false))
            {
                Take(d, new Found(roleFirst, roleEnd, 0, "title", text[original[i].Start..original[roleFirst - 1].End], -1));
                i = roleEnd - 1;
                continue;
            }
            if (!nationality && (taken[i] || (opens[i] & Opens.Title) == 0 || GivenNameNotTitle(w, i, d.JoinedTest))) continue;
            // بولد الطالب، بن الشيخ: a title word right after a name link is the rest of a name.
            if (!nationality && i > 0 && d.Joined(i) && (opens[i - 1] & Opens.LinkWord) != 0) continue;
            int k = nationality ? i + 1 : SkipQualifiers(d, i + 1);
            if (k >= count || !d.Joined(k) || taken[k]) continue;
            // A named institution inside the title's phrase (الباحث في معهد كارنيغي فريدريك ويري، محللة في مصرف غولدمان ساكس …):
            // of the name-like words after its head, the person's name is the given name on, else the last two.
            // رئيسة النقابة في المصنع إيلونا …: a definite head (المصنع، الجامعة) is a whole institution; after its adjectives the
            // person's name follows, whatever its words (kind of blind18).
            bool afterInstitution = false; // the title's phrase ended in a definite institution (في الجامعة)
            if (k > i + 1 && w[k].StartsWith("ال", StringComparison.Ordinal) && d.InstitutionHead(k) && !d.Given(k))
            {
                afterInstitution = true;
                k = SkipQualifiers(d, k + 1);
                if (k >= count || !d.Joined(k) || taken[k] || d.InstitutionHead(k) || w[k].StartsWith("ال", StringComparison.Ordinal)) continue;
                goto Name;
            }
            if (d.InstitutionHead(k))
            {
                // أستاذ القانون في جامعة بيروت العربية نبيل خوري: a place the gazetteer knows and definite words name the
                // institution; a given name after them is the person.
                int after = k + 1;
                bool place = false; // المؤرخ في جامعة باماكو أمادو …: a place the gazetteer knows closes the institution's name
                while (after < count && after - k <= 3 && d.Joined(after) && !place && (taken[after] ? knownType[after] is { } type && type != ActorType.Person
                       : !w[after].StartsWith("ال", StringComparison.Ordinal) && !d.Given(after) && IsNameWord(w[after]) && !Lexicon.IsOrdinaryWord(w[after])))
                    place = taken[after++];
                // مدير محطة لوانغ برابانغ …: a place of two words closes it after both.
                while (place && after < count && after - k <= 3 && d.Joined(after) && taken[after] && knownType[after] is { } more && more != ActorType.Person) after++;
                if (after > k + 1)
                {
                    while (after < count && d.Joined(after) && !taken[after] && w[after].StartsWith("ال", StringComparison.Ordinal) && !d.Given(after)) after++;
                    if (after < count && d.Joined(after) && !taken[after] && (d.Given(after) || place && UnknownWord(w[after])))
                    {
                        k = after;
                        goto Name;
                    }
                }
                // الأستاذ في جامعة محمد الخامس رشيد البقالي: a king's name and ordinal name the institution; a given name after them is the person.
                if (k + 3 < count && d.Joined(k + 1) && d.Joined(k + 2) && d.Joined(k + 3) && d.Given(k + 1) && RegnalOrdinals.Contains(w[k + 2]) && !taken[k + 3] && d.Given(k + 3))
                {
                    k += 3;
                    goto Name;
                }
                // مدير مستشفى الشفاء محمد …: a one-word definite name that is an ordinary word names the institution; the
                // title's qualifiers and then the person may follow it.
                if (k + 2 < count && d.Joined(k + 1) && w[k + 1].StartsWith("ال", StringComparison.Ordinal) && !taken[k + 1]
                    && !InnerTitles.Contains(w[k + 1]) && !d.Given(k + 1)
                    // جامعة الخليل سمير …: a definite word that is also a given name with the article names the place when a
                    // given name follows it (kind of blind19).
                    && (!IsGiven(w[k + 1][2..]) ? Lexicon.IsOrdinaryWord(w[k + 1])
                        : k + 2 < count && d.Joined(k + 2) && !taken[k + 2] && d.Given(k + 2) && !Lexicon.WordNames.Contains(w[k + 2])))
                {
                    k = SkipQualifiers(d, k + 2);
                    if (k >= count || !d.Joined(k) || taken[k] || d.InstitutionHead(k)) continue;
                    goto Name;
                }
                int run = k + 1;
                // مستشفى الحبيب ثامر، مسجد السلطان …: a title or a given name with the article opens the name of the place.
                while (run < count && d.Joined(run) && (InnerTitles.Contains(w[run]) || w[run].StartsWith("ال", StringComparison.Ordinal) && IsGiven(w[run][2..]))) run++;
                int nameStart = run;
                while (run < count && run - k <= 6 && d.Joined(run) && !taken[run] && IsNameWord(w[run]) && !w[run].StartsWith("ال", StringComparison.Ordinal)) run++;
                if (nameStart > k + 1 || run - (k + 1) < 3 || !Boundary(w, run, d.JoinedTest)) continue;
                int given = Enumerable.Range(k + 2, run - k - 2).FirstOrDefault(x => d.Given(x), -1);
                int personFirst = given > 0 ? given : run - 2;
                Take(d, new Found(personFirst, run, 0, "title", text[original[i].Start..original[personFirst - 1].End], -1));
                i = run - 1;
                continue;
            }
            Name:
            // الإمام الخميني في زرنغار: a word right after a preposition is its object, a place, not the title's name.
            if (k > i + 1 && TitlePrepositions.Contains(w[k - 1])) continue;
            // ممرض وممرضة: another title, also behind و, is no name.
            if (k < count && !d.Given(k) && w[k].Length > 3 && Clitics.IsConjunction(w[k][0]) && d.TitleHead(k)) continue;
            int first = k, nameWords = 0;
            bool amma = AmmaBefore(w, i);
            while (k < count && nameWords < MaxWordsAfterGivenName && d.Joined(k) && !taken[k] && !(amma && k > first && AnswerOfAmma(w[k]))
                   && (IsNameWordAt(w, k, afterTitle: k == first) || LinkedTitleWord(w, k) || k > first && (InnerLink(w[k]) || ArticleAfterDe(w, k) || InnerTitleWord(w, k, d.JoinedTest)))
                   && (k > first || !w[k].StartsWith("ال", StringComparison.Ordinal) || DefiniteGivenName(w, k, d.JoinedTest)) && !Conjoined(d, k))
            {
                if (!patterns.NameLinks.Contains(w[k]) && !ArticleAfterDe(w, k)) nameWords++;
                k++;
            }
            // فام ثي مينه هوونغ، …: a fourth word that no dictionary knows, right before a punctuation mark, ends a long foreign name.
            if (nameWords == MaxWordsAfterGivenName && k + 1 < count && d.Joined(k) && !d.Joined(k + 1) && !taken[k] && UnknownWord(w[k])
                && IsNameWordAt(w, k, afterTitle: true) && !Plural(w[k]))
                k++;
            while (k > first && (patterns.NameLinks.Contains(w[k - 1]) || ArticleAfterDe(w, k - 1))) k--;
            // Shrink to a run that ends at a boundary, whose words are names rather than ordinary words.
            while (k > first && !Boundary(w, k, d.JoinedTest)) k--;
            while (k > first && (patterns.NameLinks.Contains(w[k - 1]) || ArticleAfterDe(w, k - 1))) k--; // not خوان كارلوس دي
            if (k == first || k - first == 1 && LoneWordNoName(NounTitle(w[i]), w[first]) || VerbAndObject(NounTitle(w[i]), w, first, k)) continue;
            // الفريق سيبدأ الشهر، رئيس الوزراء سيرسل لجنة: a future verb first; فضل عدم ذكر اسمه: the verb before عدم.
            if (FutureVerb(w[first], NounTitle(w[i])) || NotNamedAt(w, first, k) || AdjectiveAndPurpose(w, first, k) || ProcliticOnNoun(w[first])) continue;
            // الناقد الكويتي ضاري الجمال: an indefinite adjective cannot qualify the definite title before it; with a
            // definite word after it, the two are a name (not a noun in construct).
            bool agreement = !nationality && k - first == 2 && first > 0 && w[first - 1].StartsWith("ال", StringComparison.Ordinal) && !w[first].StartsWith("ال", StringComparison.Ordinal)
                && w[first].EndsWith('ي') && !PluralOrVerbal(w[first]) && w[first + 1].StartsWith("ال", StringComparison.Ordinal) && !IsNisbaAdjective(w[first + 1]);
            bool nameLike = Enumerable.Range(first, k - first).Any(x => d.Given(x) || !IsWordAsWritten(w[x]) && !IsNisbaAdjective(w[x]))
                // بارك جي-هون: two short syllables joined by a hyphen end an East Asian name.
                || SyllablePair(d, k)
                // المزارع سلامت ريادي (63 عاما): an age in brackets right after the words makes them a person's name.
                || k - first >= 2 && AfterAge(w, k, d.JoinedTest) > k && n.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Contains('(')
                || agreement
                // أستاذة … في الجامعة ماريا سالم حذرت: after a title whose phrase ends in a definite institution, two indefinite
                // singular words before a boundary are the person's name, words or not (kind of blind24, met again in round people17).
                || afterInstitution && k - first == 2 && Enumerable.Range(first, 2).All(x => !w[x].StartsWith("ال", StringComparison.Ordinal) && !Plural(w[x])
                   && !AccusativeWord(w[x]) && !IsNisbaAdjective(w[x]) && !_stopwords.Contains(w[x]))
                // مدير المستشفى الدكتور سالم حداد إن: after an honorific, two indefinite words before a boundary are a name.
                || k - first == 2 && first > 0 && d.Joined(first) && patterns.Honorifics.Contains(w[first - 1])
                   && !w[first].StartsWith("ال", StringComparison.Ordinal) && !w[first + 1].StartsWith("ال", StringComparison.Ordinal)
                // ضرغام الساعدي: a definite nisba cannot qualify the indefinite word before it; together they are a name.
                || k - first == 2 && !w[first].StartsWith("ال", StringComparison.Ordinal) && !IsNisbaAdjective(w[first]) && !PluralOrVerbal(w[first])
                   && w[first + 1].StartsWith("ال", StringComparison.Ordinal) && (w[first + 1].EndsWith('ي') || w[first + 1].EndsWith("يه", StringComparison.Ordinal));
            // After a nationality adjective only a name of two or three words, none of them an ordinary word, counts.
            // A given name first (الإثيوبي ميكونن ولدي جورجيس) lets ordinary words follow, as after a given name anywhere.
            // الجزائرية أمل كبير: a given name that is also a word, then an indefinite ordinary word, is a phrase (سعيد العمراني is a name).
            // الداغستاني كامل عبد الخالقوف: a word and then عبد with its word are a name's shape, whatever the first word means.
            bool abdName = k - first >= 3 && w[first + 1] == "عبد" && !w[first].StartsWith("ال", StringComparison.Ordinal) && !_stopwords.Contains(w[first]);
            if (nationality && !abdName && k - first >= 2 && Lexicon.WordNames.Contains(w[first]) && !d.Given(first + 1) && !w[first + 1].StartsWith("ال", StringComparison.Ordinal)
                && Lexicon.IsOrdinaryWord(w[first + 1])) continue;
            if (nationality && !abdName && (k - first < 2 || !d.Given(first) && Enumerable.Range(first, k - first).Any(x => !d.Given(x) && Lexicon.IsOrdinaryWord(w[x])))) continue;
            bool familyNisba = k - first == 2 && first > i && GivenAndFamilyNisba(d, i + 1, first);
            if (!nameLike || !(agreement || familyNisba) && !PlausibleFirstNameWord(w, first, k) || InsideInstitution(d, first, d.JoinedTest)) continue;
            // حاكم مقاطعة …، قائد سفينة …: a place or vessel head as the first word names a place, not the title's person.
            if (!d.Given(first) && Lexicon.PlaceHeads.Contains(w[first])) continue;
            if (k - first == 1 && IsNisbaAdjective(w[first])) continue;
            // رئيس بلدية كاراكول: words after the title's body or place noun name that body or place.
            if (first > 0 && d.Joined(first) && !d.Given(first) && (InstitutionHeadForm(w[first - 1]) || Lexicon.PlaceHeads.Contains(w[first - 1]) || DualHead(w[first - 1]))) continue;
            // سفينة الأبحاث "البروفيسور كارل هوفمان": a title and a name inside quotation marks name a vessel, a film or a brand.
            if (d.MarkBetween(i) && d.MarkBetween(k)) continue;
            // مدرب جابر عصام الجلالي: a given name inside the run starts the person; the word before it is the title's complement.
            // The word before may be a given name too when the document has it as someone's family name (أنس جابر … مدرب جابر عصام الجلالي).
            int givenAt = GivenInsideRun(d, first, k);
            if (givenAt > first && !d.Given(first) && givenAt == first + 1 && IndefiniteTitle(w[i]) && first == i + 1) bodies.Add(w[first]);
            if (givenAt > first) first = givenAt;
            else if (first == i + 1 && !nationality && IndefiniteTitle(w[i]) && BodyBeforeName(w, first, k)) bodies.Add(w[first++]);
            // مدرب ريفيرا يشكو: one lone word that is no given name after a one-word title heading a body is the body (kind of round people5).
            if (k - first == 1 && first == i + 1 && !nationality && !d.Given(first) && IndefiniteTitle(w[i])) continue;
            Take(d, new Found(first, k, 0, "title", text[original[i].Start..original[first - 1].End], -1));
            i = k - 1;
        }

    }

    // A word that can open FindAfterTitleHeads' work: a nationality of the lexicon, a naming word, a role (in construct or
    // definite), or a title head, as RoleBeforeName and the title test ask; decided once per form (WordFacts).
    private bool TitleHeadStart(string x)
    {
        return _facts.TryGet(x, WordFacts.TitleHeadStart, out bool known) ? known : _facts.Remember(x, WordFacts.TitleHeadStart, DecideTitleHeadStart(x));
    }

    private bool DecideTitleHeadStart(string x) =>
        IsDefiniteNationality(x) || NamingWords.Contains(x) || Lexicon.ConstructRoles.Contains(x) || CanHeadRole(x) || IsTitleHead(x)
        || x.Length >= 3 && !x.StartsWith("ال", StringComparison.Ordinal) && CanHeadRole("ال" + x);

    // Words that stand right after a given name somewhere in the document: someone's family name there.
    private bool FamilyNameElsewhere(Document d, string word, int at)
    {
        string[] w = d.W;
        if (d.AfterGiven is null)
        {
            d.AfterGiven = new HashSet<string>(StringComparer.Ordinal);
            for (int y = 1; y < d.Count; y++)
                if (d.Joined(y) && d.Given(y - 1) && !(y >= 2 && d.Joined(y - 1) && d.TitleHead(y - 2))) d.AfterGiven.Add(w[y]);
        }
        return d.AfterGiven.Contains(word) && !(at > 0 && d.Joined(at) && d.Given(at - 1));
    }

    // برنامج دائم لدعم، مكتب جديد لرصد: after a title that is also a common noun, an ordinary word and then ل or ب on a short
    // ordinary word (a verbal noun of purpose) are the noun's adjective and its purpose, no name (kind of blind20).
    private bool AdjectiveAndPurpose(string[] w, int first, int end)
    {
        if (end - first < 2 || IsGiven(w[first]) || !IsWordAsWritten(w[first])) return false;
        string x = w[first + 1];
        return x.Length is 4 or 5 && x[0] is 'ل' or 'ب' && !IsGiven(x) && !Lexicon.OrdinaryWords.Contains(x) && x[1] != 'ا'
            && Lexicon.OrdinaryWords.Contains(x.AsSpan(1)) && !IsGiven(x[1..]);
    }

    // ومكافحته، بحي، لمكتبها: و، ف، ب or ل on a noun with a possessive pronoun or on a place's or body's head opens a phrase
    // of its own; the word after a title with it is no name (kind of blind16).
    private bool ProcliticOnNoun(string x)
    {
        if (x.Length < 3 || x[0] is not ('و' or 'ف' or 'ب' or 'ل') || IsGiven(x) || Lexicon.OrdinaryWords.Contains(x)) return false;
        string rest = x[1..];
        // بوشامة، بنعلي: بو and بن open Maghrebi surnames; بابكر: ب before ا may be the name's own letter.
        if (x[0] == 'ب' && rest[0] is 'ن' or 'و' or 'ا') return false;
        return Lexicon.InstitutionHeads.Contains(rest) || Lexicon.PlaceHeads.Contains(rest) || PossessedNoun(rest);
    }

    // المزارع مفتاح الحاسي إن، مدير المهرجان سامر الدروبي: right after a person's title, or after a definite word of its
    // phrase, an indefinite word and a definite nisba that ends the phrase are a given name and a family name, not a noun
    // in construct (an indefinite noun takes no definite adjective; kind of blind25).
    private bool GivenAndFamilyNisba(Document d, int start, int k)
    {
        string[] w = d.W;
        if (k + 1 >= w.Length || !d.Joined(k + 1) || start < 1 || !d.TitleHead(start - 1)) return false;
        string x = w[k], nisba = w[k + 1];
        // Not والتسيير، بكلية، مكتب: a conjunction on a definite word, a preposition on a noun, a title or a body's head.
        if (x.Length < 3 || DefiniteWord(x) || d.TitleHead(k) || d.InstitutionHead(k) || d.PlaceHead(k) || PluralOrVerbal(x)
            || PrepositionOnWord(x) || ProcliticOnNoun(x) || d.InstitutionForm(k)) return false;
        // المزارع مفتاح: right after a definite title; مدير المهرجان سامر: after a definite word that closed the title's construct.
        if (!DefiniteWord(w[k - 1]) || k > start && QualifierLinks.Contains(w[k - 1])) return false;
        if (nisba.Length < 6 || !nisba.StartsWith("ال", StringComparison.Ordinal) || !nisba.EndsWith('ي') || d.InstitutionHead(k + 1) || d.TitleHead(k + 1)) return false;
        // The pair ends the phrase: punctuation, إن/أن, الذي/التي, or a reporting verb (not للهندسة: a noun of the phrase goes on).
        int e = k + 2;
        return e >= w.Length || !d.Joined(e) || IsComplementizer(w[e]) || w[e] is GrammarWords.Alladhi or GrammarWords.Allati || (d.OpensAt[e] & Opens.SpeechVerb) != 0;
    }

    private static bool DefiniteWord(string x) =>
        x.StartsWith("ال", StringComparison.Ordinal) || x.Length > 3 && Clitics.IsConjunction(x[0]) && x[1..].StartsWith("ال", StringComparison.Ordinal);
}
