using Kit.Lexicon;
using Kit.Normalization;
using Kit.Text;

namespace Kit.Actors.Discovery;

// Names that open with a given name of Data/person-names.txt and the name words after it.
public sealed partial class PeopleFinder
{
    private void FindAfterGivenNames(Document d, Opens[] opens)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        // 2. Given names and the name words after them.
        for (int i = 0; i < count; i++)
        {
            if (taken[i] || (opens[i] & Opens.GivenName) == 0) continue; // most words start no name
            foreach (var (form, skip) in GivenNameFormsAt(d, i))
            {
                if (!StartsName(form, i, w, d.JoinedTest)) continue;
                // تأمر بإعادة، يأمل: a present verb's prefix before a hamza, as written, is the verb, not the given name that
                // normalizing makes of it (تامر) (kind of blind26).
                if (HamzaAfterVerbPrefix(d, i, skip)) continue;
                // جمعية خيرية محلية: a woman's name that is also an adjective in ة, right after an indefinite noun in ة, agrees with it.
                if (skip == 0 && AdjectiveAfterFeminineNoun(d, i, form)) continue;
                // كريمي (after a given name elsewhere) is no ك + ريمي: a word that is someone's family name in the document stays whole.
                if (skip > 0 && d.InFoundName(w[i])) continue;
                // أمينة المعرض، أمين الصندوق: a given name that is also a title, before a definite word, is the title.
                if (IsTitleHead(form) && i + 1 < count && d.Joined(i + 1) && w[i + 1].StartsWith("ال", StringComparison.Ordinal)) continue;
                // رفعت فاطمة الزهراء: a given name that is also a word (a verb here) before a woman's given name is the word; a
                // name goes on with the father's name, a man's, so the woman's name starts the person.
                if (skip == 0 && Lexicon.WordNames.Contains(form) && i + 1 < count && d.Joined(i + 1) && FemaleOnly(w[i + 1]) && !FemaleOnly(form)) continue;
                // رحمه الله، حفظه الله: a given name that is also a word, ending in the pronoun ه, before الله is the formula.
                if (Lexicon.WordNames.Contains(form) && form[^1] == 'ه' && i + 1 < count && d.Joined(i + 1) && w[i + 1] == "الله") continue;
                // في بيتي ابني، داري أخي: a given name that is also a word, or a word with the possessive ي (بيت + ي), before a noun
                // of kinship with its possessive suffix is the word: no name goes on with ابني or أخي (kind of blind19).
                if (skip == 0 && i + 1 < count && d.Joined(i + 1) && KinshipNoun(w[i + 1]) && (Lexicon.WordNames.Contains(form) || Lexicon.IsOrdinaryWord(form)
                    || form.Length > 3 && form[^1] == 'ي' && Lexicon.OrdinaryWords.Contains(form.AsSpan(0, form.Length - 1)))) continue;
                int j = i + 1, nameWords = 0;
                if (form is "عبد" or "ابو" or "ابي" or "ابا" && j < count && d.Joined(j)) j++; // عبد الله، أبو بكر: the given name is two words
                // أبو محمد alone: a kunya is a name of its own.
                if (form == "ابو" && j == i + 2 && IsGiven(w[i + 1]) && Boundary(w, j, d.JoinedTest) && !AfterNicknameMarker(w, i))
                {
                    Take(d, new Found(i, j, skip, "given-name", "ابو " + w[i + 1], -1));
                    i = j - 1;
                    break;
                }
                while (j < count && nameWords < MaxWordsAfterGivenName && d.Joined(j) && !taken[j]
                       && (IsNameWordAt(w, j) || PrepositionShapedFamily(d, i, j) || LinkedTitleWord(w, j) || InnerLink(w[j]) || ArticleAfterDe(w, j) || InnerTitleWord(w, j, d.JoinedTest)
                           || nameWords == 0 && MaghrebiSurname(w[j])) && !Conjoined(d, j))
                {
                    // سليم تقريبا، نادر جدا: after a given name that is an ordinary word (an adjective), an adverb in the
                    // accusative is no family name; the name needs a real name word.
                    if (AccusativeWord(w[j]) && Lexicon.IsOrdinaryWord(form)) break;
                    // سيريل أتانغانا وإيسيدرو كوندوري: after a given name and a family name, و on a name word followed by another
                    // name word opens a second person.
                    if (j - i >= 2 && AndNextName(d, j)) break;
                    // The family name right after the given name may be a word (رياض سلامة); a later word that is an
                    // ordinary word must end the name (ياسين بونو بسبب الإصابة stops before بسبب).
                    if (nameWords > 0 && !patterns.NameLinks.Contains(w[j]) && !ArticleAfterDe(w, j) && !InnerTitleWord(w, j, d.JoinedTest) && !IsGiven(w[j]) && Lexicon.IsOrdinaryWord(w[j])
                        && (!Boundary(w, j + 1, d.JoinedTest) || DefiniteNoun(w[j]) && !patterns.NameLinks.Contains(w[j - 1]) && !FamilyAfterFather(d, i, j)) && !CompoundWithAllah(d, j) && !TribalNisba(d, j))
                        break;
                    if (!patterns.NameLinks.Contains(w[j]) && !ArticleAfterDe(w, j)) nameWords++;
                    j++;
                }
                while (j > i + 1 && (patterns.NameLinks.Contains(w[j - 1]) || ArticleAfterDe(w, j - 1))) { j--; }
                // ابنتها نور، زوجه سعيد: a given name alone, even one that is a word, right after a noun of kinship with its
                // possessive suffix, is that relative's name.
                if (nameWords == 0 && j == i + (form is "عبد" or "ابو" ? 2 : 1) && skip == 0 && i > 0 && d.Joined(i) && KinshipNoun(w[i - 1]) && !AccusativeWord(w[i])
                    && !(j < count && d.Joined(j) && w[j] == "الله"))
                {
                    Take(d, new Found(i, j, skip, "given-name", form, -1));
                    break;
                }
                if (nameWords == 0) continue;
                // A given name that is also a word (أمل، سعيد، علي / على) needs a second given name, a link or a word
                // that is no ordinary word after it (سعيد جليلي, not أمين عام).
                // After a title or an honorific (الدكتورة أمل …) the title is the evidence.
                bool titled = i > 0 && d.Joined(i) && skip == 0 && TitleOrHonorific(w[i - 1]);
                // سيسمح لي أخي: a given name spelled as a preposition and its pronoun (لي، له), right after a verb, is that
                // preposition, unless a word no dictionary knows follows (قال لي تشيانغ).
                if (skip == 0 && Lexicon.PersonToldPronouns.Contains(form) && i > 0 && d.Joined(i) && VerbBefore(w[i - 1])
                    && !(i + 1 < count && d.Joined(i + 1) && UnknownWord(w[i + 1]))) continue;
                // ابنتها نور ذات …: after a noun of kinship, a given name that is a word is that relative's name alone; so is any
                // given name before ذات/ذو (ابنتها لينا ذات الأشهر الثلاثة: ذات is no surname).
                if (nameWords > 0 && (Lexicon.WordNames.Contains(form) || w[i + 1] is "ذات" or "ذو") && i > 0 && d.Joined(i) && skip == 0 && KinshipNoun(w[i - 1]) && Lexicon.IsOrdinaryWord(w[i + 1]) && !IsGiven(w[i + 1]))
                {
                    Take(d, new Found(i, i + 1, skip, "given-name", form, -1));
                    break;
                }
                // شهد معرض الكتاب، وعزت اللجنة التأخير، ولا يقتصر رواد المقهى: at a clause's opening, a given name that is also a
                // verb or a plural noun, before an ordinary noun (definite, or in construct with a definite one), is that word.
                if (WordAtOpening(d, i, skip, form)) continue;
                bool construct = skip == 0 && Lexicon.IsOrdinaryWord(form) && NounBefore(d, i);
                if ((Lexicon.WordNames.Contains(form) || form == AliName || construct) && !IsGiven(w[i + 1]) && !patterns.NameLinks.Contains(w[i + 1])
                    && (Lexicon.IsOrdinaryWord(w[i + 1]) || construct && KnownVerbShape(w[i + 1]) || WordAfterEndsName(d, i + 1)) && !(titled && j - i == 2 && !AccusativeWord(w[i + 1]) && !DefiniteNoun(w[i + 1])))
                    continue;
                if (InsideInstitution(d, i, d.JoinedTest) || InsideInstitution(d, i, d.QuotedAfterHead) || AfterPlaceNameWords(w, i, d.JoinedTest, taken) || AfterHeadAndDefinite(w, i, d.JoinedTest)
                    || skip == 0 && TribeLinkBefore(d, i)) { i = j - 1; break; }
                // فيلم "الجنرال ماركوس ليندر": a name, a title before it or not, alone inside quotation marks names a film, a vessel or a brand.
                if (skip == 0 && d.MarkBetween(j) && (d.MarkBetween(i) || i > 1 && d.Joined(i) && IsTitleHead(w[i - 1]) && d.MarkBetween(i - 1))) { i = j - 1; break; }
                Take(d, new Found(i, j, skip, "given-name", form, -1));
                i = j - 1;
                break;
            }
        }
    }

    // محكمة بني وليد، في بنو هاشم: a given name right after بني or بنو ([tribe-links]) that a preposition or a noun stands
    // before names a tribe or its town (not وبنى سعيد بيتا: the verb بنى opens its clause, no noun before it).
    private bool TribeLinkBefore(Document d, int i)
    {
        string[] w = d.W;
        if (i < 2 || !d.Joined(i) || !d.Joined(i - 1) || !Lexicon.TribeLinks.Contains(w[i - 1])) return false;
        string before = w[i - 2];
        return TitlePrepositions.Contains(before) || InstitutionHeadForm(before) || Lexicon.PlaceHeads.Contains(before)
            || !before.StartsWith("ال", StringComparison.Ordinal) && !IsGiven(before) && !_stopwords.Contains(before) && Lexicon.OrdinaryWords.Contains(before)
               && !AnyVerbForm(before);
    }

    // سالم محمد الأهدل، عبد الله أحمد الأكحل: a given name, a second given name (the father's) and one definite word closed by a
    // boundary: the chain of a given name and a father's name ends with the family name, though that is a word too (kind of blind40).
    private bool FamilyAfterFather(Document d, int i, int j) =>
        (j - i == 2 || j - i == 3 && d.W[i] is "عبد" or "ابو") && IsGiven(d.W[j - 1]) && d.W[j - 1] is not ("عبد" or "ابو") && !Plural(d.W[j])
        && Boundary(d.W, j + 1, d.JoinedTest);

    // نوال سعيد بلحاف، هدى علي بلخير: after a given name and a father's given name, a word that reads as ب/ل and a bare noun
    // (no article, no ة), closed by a boundary, is the family name (kind of blind40).
    private bool PrepositionShapedFamily(Document d, int i, int j)
    {
        string x = d.W[j];
        return j - 1 > i && IsGiven(d.W[j - 1]) && d.W[j - 1] is not ("عبد" or "ابو") && x.Length >= 5 && x[0] is 'ب' or 'ل' && PrepositionOnWord(x)
            && x[1..].StartsWith("ال", StringComparison.Ordinal) is false && !x.StartsWith("لل", StringComparison.Ordinal) && !x.EndsWith('ه') && !x.EndsWith("ات", StringComparison.Ordinal)
            && Boundary(d.W, j + 1, d.JoinedTest);
    }

    // The given name at i (form, with skip letters of و/ف before it) opens a clause and is a word: a past verb (شهد، عزت) at
    // the text's start, after a mark or a particle, or with و/ف on it; or a name only the any-gender list has that is an
    // ordinary word (رواد, a plural noun) after any clause opening, a verb's too. The next word must be an ordinary noun,
    // definite and no nisba (الدراسة, not الدوري), or, after such a verb, in construct before one (سوق الإبل); a given name, a word no dictionary
    // knows or a family name found in the document is name evidence and keeps the name.
    // A clause particle or the negation لا/ولا: what a clause's opening may follow.
    private bool ParticleBefore(string x) => ClauseParticles.Contains(x) || x is "لا" or "ولا";

    private bool WordAtOpening(Document d, int i, int skip, string form)
    {
        string[] w = d.W;
        if (i + 1 >= d.Count || !d.Joined(i + 1) || !Lexicon.IsOrdinaryWord(form) || Lexicon.WordNames.Contains(form)) return false;
        bool weakName = Lexicon.AnyGenderNames.Contains(form) && !Lexicon.MaleNames.Contains(form) && !Lexicon.FemaleNames.Contains(form);
        bool strictOpening = skip > 0 && w[i][0] is 'و' or 'ف' || i == 0 || !d.Joined(i) || ParticleBefore(w[i - 1]);
        bool verb = Lexicon.VerbNames.Contains(form);
        if (!(verb && strictOpening || weakName && (strictOpening || ClauseOpens(d, i)))) return false;
        string next = w[i + 1];
        if (IsGiven(next) || d.InFoundName(next) || d.KnownType[i + 1] is not null || !Lexicon.IsOrdinaryWord(next) || UnknownWord(next)) return false;
        // رفعت الأسد … وقال رفعت الأسد: the same two words elsewhere, away from a clause's opening, are the name.
        for (int k = 1; k + 1 < d.Count; k++)
            if (k != i && w[k] == form && w[k + 1] == next && d.Joined(k) && d.Joined(k + 1) && !ParticleBefore(w[k - 1])) return false;
        if (DefiniteNoun(next)) return true;
        // سوق الإبل after شهد; not after a weak name (سليمة أولاد الحاج: a family name in construct).
        return verb && strictOpening && !next.StartsWith("ال", StringComparison.Ordinal) && !next.EndsWith('ي') && i + 2 < d.Count && d.Joined(i + 2) && DefiniteNoun(w[i + 2]) && Lexicon.IsOrdinaryWord(w[i + 2]);
    }

    private bool AdjectiveAfterFeminineNoun(Document d, int i, string form)
    {
        if (i == 0 || !d.Joined(i) || form.Length < 4 || form[^1] != 'ه' || !(Lexicon.IsOrdinaryWord(form) || Lexicon.OrdinaryWords.Contains(form.AsSpan(0, form.Length - 1)))) return false;
        string noun = d.W[i - 1];
        // بطنجة نزهة الوزاني: not after a place the gazetteer knows, nor before a family name (a word no dictionary knows, a nisba).
        if (d.Taken[i - 1] || i + 1 < d.Count && d.Joined(i + 1) && !Lexicon.IsOrdinaryWord(d.W[i + 1])) return false;
        return noun.Length >= 4 && noun[^1] == 'ه' && !noun.StartsWith("ال", StringComparison.Ordinal) && Lexicon.IsOrdinaryWord(noun) && !IsGiven(noun)
            && !Lexicon.WordNames.Contains(noun) && !IsTitleHead(noun) && !_stopwords.Contains(noun) && !KinshipNoun(noun) && !PossessedNoun(noun)
            && !AnyVerbForm(noun);
    }

    private static bool HamzaAfterVerbPrefix(Document d, int i, int skip)
    {
        int at = d.Original[i].Start + skip;
        if (d.Original[i].End - at < 4) return false;
        // لأرى، لأعرف: ل of purpose before the first person's أ is a verb too (لاري once normalized); no given name opens with لأ
        // (لؤي keeps its ؤ).
        return d.Text[at] is 'ت' or 'ي' or 'ن' && d.Text[at + 1] is 'أ' or 'ؤ' or 'ئ' || d.Text[at] == 'ل' && d.Text[at + 1] == 'أ';
    }

    // وإيسيدرو كوندوري: و on a given name or a word no dictionary knows (the whole no name or word), then a name word.
    private bool AndNextName(Document d, int j)
    {
        string[] w = d.W;
        return w[j].Length >= 4 && w[j][0] == 'و' && !IsGiven(w[j]) && !Lexicon.OrdinaryWords.Contains(w[j])
            && (IsGiven(w[j][1..]) || UnknownWord(w[j][1..])) && j + 1 < d.Count && d.Joined(j + 1) && !d.Taken[j + 1] && IsNameWord(w[j + 1]);
    }

    // سلوى حسن فضل الله، أحمد عثمان دفع الله: a word (no pronoun in ه, not شاء) before الله, after a given name and a
    // family name, is a compound family name; the two words end it.
    private bool CompoundWithAllah(Document d, int j)
    {
        string[] w = d.W;
        int count = d.Count;
        return j + 1 < count && d.Joined(j + 1) && w[j + 1] == "الله" && w[j].Length >= 3 && !w[j].EndsWith('ه') && w[j] is not ("شاء" or "سبحان" or "بسم" or "والله")
            && !w[j].StartsWith("ال", StringComparison.Ordinal) && (j + 2 >= count || !d.Joined(j + 2) || Boundary(w, j + 2, d.JoinedTest));
    }

    // في عمر ابني، ألف زائر دخلوا: after في or a number word, a given name that is also a word is read as that word (a
    // counted noun, an object), unless a name word follows; not after any noun (زيارة عمر البشير is a name in construct).
    private bool NounBefore(Document d, int i) => i > 0 && d.Joined(i) && Lexicon.CountWords.Contains(d.W[i - 1]);

    // حمد بن سيف العبري: a definite nisba right after بن/بنت and a given name is the family's nisba, the name's end (kind of round people5).
    private bool TribalNisba(Document d, int j)
    {
        string[] w = d.W;
        return j >= 3 && w[j - 2] is "بن" or "بنت" && IsGiven(w[j - 1]) && w[j].Length > 4 && w[j].StartsWith("ال", StringComparison.Ordinal) && w[j].EndsWith('ي')
            && !(j + 1 < d.Count && d.Joined(j + 1) && w[j + 1].StartsWith("ال", StringComparison.Ordinal));
    }

    // جني الزيتون، رسمية لآبارها، رحمه الله: after a given name that is also a word, the next word shows the first one is the
    // word: the formula الله, a noun with a possessive pronoun or a preposition, or a place the gazetteer knows (جون الكويت).
    private bool WordAfterEndsName(Document d, int k)
    {
        string x = d.W[k];
        return x == "الله" || PossessedNoun(x) || PronounEnding(x) || PrepositionOnWord(x)
            || d.KnownType[k] is { } type && type != ActorType.Person;
    }

    // سيسمح، يقول، قالت: a verb (a future or present form, or a finite reporting verb) right before a word.
    private bool VerbBefore(string x) =>
        IsSpeechVerb(x) || FutureVerb(x, false) || x.Length >= 4 && x[0] is 'ي' or 'ت' && !IsGiven(x) && KnownVerbShape(x);

    // فاطمة، هند: a given name of the women's list that the men's list lacks (the lists of either gender tell no gender).
    private bool FemaleOnly(string x) => Lexicon.FemaleNames.Contains(x) && !Lexicon.MaleNames.Contains(x);

    // بالقاسم، بالحاج، بالطيب: بال and a given name or a title (بلقاسم written apart) right after a given name is a Maghrebi
    // family name, no preposition and article on a word (kind of blind17).
    private bool MaghrebiSurname(string x)
    {
        if (x.Length < 6 || !x.StartsWith("بال", StringComparison.Ordinal) || IsGiven(x)) return false;
        string definite = x[1..];
        return IsGiven(x[3..]) || IsGiven(definite) || InnerTitles.Contains(definite) || _titleWords.Contains(definite);
    }
}
