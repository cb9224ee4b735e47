using Kit.Lexicon;
using Kit.Normalization;
using Kit.Text;

namespace Kit.Actors.Discovery;

// The per-document state of PeopleFinder and the small tests on it that every rule family asks.
public sealed partial class PeopleFinder
{
    /// <summary>A found name: words First..End (exclusive), letters of a proclitic to skip on the first word, the rule and its detail.</summary>
    private readonly record struct Found(int First, int End, int Skip, string Rule, string Detail, int Person);

    private sealed class Person(string key, string[] words)
    {
        public string Key { get; } = key;

        public string[] Words { get; set; } = words;

        public string Canonical { get; set; } = "";
    }

    /// <summary>
    /// One document while its people are found: its words (normalized), where each stands in the original text, which words
    /// are taken, the names found so far and the persons they name. The rule families read and write it in turn.
    /// </summary>
    private sealed class Document
    {
        public Document(string id, string text, NormalizedText normalized, ArraySegment<(int Start, int End)> words, IReadOnlyList<Layers.WordSpan>? forms = null)
        {
            Id = id;
            Forms = forms as List<Layers.WordSpan> ?? forms?.ToList();
            Text = text;
            Normalized = normalized;
            Words = words;
            Count = Words.Count;
            N = normalized.Text;
            W = new string[Count];
            Original = new TextSpan[Count];
            var spans = Words.AsSpan();
            var ids = Forms is null ? default : System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Forms);
            for (int i = 0; i < spans.Length; i++)
            {
                var (start, end) = spans[i];
                W[i] = ids.IsEmpty ? N[start..end] : FormStrings.Of(N, start, end, ids[i].Form);
                Original[i] = normalized.ToOriginal(start, end);
            }
            Taken = new bool[Count];
            KnownType = new string?[Count];
            AdjectiveAt = new bool[Count];
            JoinedTest = Joined;
        }

        public string Id { get; }

        /// <summary>The layers' words, whose vocabulary ids find what was decided about each form (null: no layers); a list,
        /// for the loops that read every word's id by span.</summary>
        public List<Layers.WordSpan>? Forms { get; }
        public string Text { get; }
        public NormalizedText Normalized { get; }
        /// <summary>Each word's span in the normalized text: an array segment, not the interface, as every rule reads the spans many times per word.</summary>
        public ArraySegment<(int Start, int End)> Words { get; }
        public int Count { get; }

        /// <summary>The normalized text.</summary>
        public string N { get; }

        /// <summary>Each word as normalized (علي the name marked apart from على the preposition).</summary>
        public string[] W { get; }

        /// <summary>Whether a word is علي the name (<see cref="AliName"/>): the title discoverer is given the words without it.</summary>
        public bool HasAliName { get; set; }

        /// <summary>Where each word stands in the original text.</summary>
        public TextSpan[] Original { get; }

        /// <summary>Whether word i follows the one before with nothing but white space between (read once: asked many times per word).</summary>
        public bool[] JoinedAt { get; set; } = [];

        /// <summary><see cref="Joined"/> as a delegate, for the word tests that take one.</summary>
        public Func<int, bool> JoinedTest { get; }

        /// <summary>Words the gazetteer or a rule already gave a name: no one's new name.</summary>
        public bool[] Taken { get; }

        /// <summary>The type of the gazetteer mention covering each word.</summary>
        public string?[] KnownType { get; }

        /// <summary>Words where a nationality adjective of the gazetteer starts.</summary>
        public bool[] AdjectiveAt { get; }

        /// <summary>The names found so far, in the order the rules found them.</summary>
        public List<Found> Found { get; } = [];

        /// <summary>Words that name the body a title leads (مدرب يونايتد سامي …): a name ending in one is that body.</summary>
        public HashSet<string> Bodies { get; } = new(StringComparer.Ordinal);

        /// <summary>The words of the document as a set, made after a few scans (<see cref="StandsAlone"/>).</summary>
        private HashSet<string>? _alone;
        private int _aloneScans;

        /// <summary>Whether a word written as word k without its first letter stands anywhere in the document. The first few
        /// asked are found by a scan of the words (most documents ask of few words, and a set costs a hash of every word);
        /// after them, a set of the words.</summary>
        public bool StandsAlone(int k)
        {
            string rest = W[k][1..];
            if (_alone is null && _aloneScans++ >= 8) _alone = new HashSet<string>(W, StringComparer.Ordinal);
            if (_alone is not null) return _alone.Contains(rest);
            foreach (string word in W)
                if (string.Equals(word, rest)) return true;
            return false;
        }

        /// <summary>Words that stand right after a given name somewhere in the document, made when first asked.</summary>
        public HashSet<string>? AfterGiven { get; set; }

        // The persons the found names name: each full name once, indexed by its key and by its first and last words.
        public List<Person> People { get; } = [];
        public Dictionary<string, int> ByKey { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<int>> ByFirstWord { get; } = new(StringComparer.Ordinal);
        public Dictionary<string, List<int>> ByLastWord { get; } = new(StringComparer.Ordinal);

        /// <summary>Persons whose family name comes first (كيم سو-يون).</summary>
        public HashSet<int> FamilyFirst { get; } = [];

        /// <summary>What each word can open and what it is (PeopleFinder.cs, WordOpens), read by position: the rules ask it of
        /// every word many times, and a look-up by the word's string costs a hash and a probe each time.</summary>
        public Opens[] OpensAt { get; set; } = [];

        /// <summary>What any word of the document can open (the union of OpensAt): a rule whose opening word stands nowhere is not walked.</summary>
        public Opens OpensInDocument { get; set; }

        public bool Has(Opens opens) => (OpensInDocument & opens) != 0;

        /// <summary>Whether the normalized text has a hyphen at all (Hyphened is false for every word when not).</summary>
        public bool HasHyphen => N.AsSpan().IndexOfAny('-', '\u2010', '\u2011') >= 0;

        /// <summary>Whether word i is a given name (IsGiven of its string).</summary>
        public bool Given(int i) => (OpensAt[i] & Opens.Given) != 0;

        /// <summary>Whether word i heads an institution (IsInstitutionHead of its string).</summary>
        public bool InstitutionHead(int i) => (OpensAt[i] & Opens.InstitutionHead) != 0;

        /// <summary>Whether word i may head a role no list knows (CanHeadRole of its string).</summary>
        public bool RoleHead(int i) => (OpensAt[i] & Opens.RoleHead) != 0;

        /// <summary>Whether word i, as written or behind a proclitic, heads an institution (InstitutionHeadForm of its string).</summary>
        public bool InstitutionForm(int i) => (OpensAt[i] & Opens.InstitutionForm) != 0;

        /// <summary>Whether word i heads a place's name (the lexicon's place heads).</summary>
        public bool PlaceHead(int i) => (OpensAt[i] & Opens.PlaceHead) != 0;

        /// <summary>Whether word i is a title's head (IsTitleHead of its string).</summary>
        public bool TitleHead(int i) => (OpensAt[i] & Opens.Title) != 0;

        /// <summary>Whether word i is in the word list as written (Lexicon.OrdinaryWords of its string).</summary>
        public bool Ordinary(int i) => (OpensAt[i] & Opens.Ordinary) != 0;

        /// <summary>Whether word i is a given name that is also a word (Lexicon.WordNames of its string).</summary>
        public bool WordName(int i) => (OpensAt[i] & Opens.WordName) != 0;

        /// <summary>Word i's vocabulary id (-1: none), by which per-form facts are kept (FormMemo, FormFlags).</summary>
        public int FormId(int i) => Forms is { } forms ? forms[i].Form : -1;

        /// <summary>Whether word i is an ordinary word of the lexicon in any form (Lexicon.IsOrdinaryWord of its string).</summary>
        public bool OrdinaryForm(int i) => (OpensAt[i] & Opens.OrdinaryForm) != 0;

        public bool Joined(int i) => i > 0 && i < Count && JoinedAt[i];

        // آنا-ليزا: nothing but a hyphen between two words.
        public bool Hyphened(int i) => i > 0 && i < Count && Words[i].Start - Words[i - 1].End == 1 && N[Words[i - 1].End] is '-' or '\u2010' or '\u2011';

        public int WordOf(int offset)
        {
            int lo = 0, hi = Count - 1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                if (Original[mid].End <= offset) lo = mid + 1;
                else if (Original[mid].Start > offset) hi = mid - 1;
                else return mid;
            }
            return -1;
        }

        // مجموعة "جان دوبون": a name in quotation marks right after a head is the institution's (nothing but spaces and marks between).
        public bool QuotedAfterHead(int i)
        {
            if (i <= 0 || i >= Count) return false;
            bool mark = false;
            for (int c = Words[i - 1].End; c < Words[i].Start; c++)
                if (QuotationMarks.IsMark(N[c])) mark = true;
                else if (!char.IsWhiteSpace(N[c])) return false;
            return mark;
        }

        // بـ«الصقر الأسمر»: a quotation mark between a word and the one before it (with anything else).
        public bool MarkBetween(int i)
        {
            if (i <= 0 || i >= Count) return i >= Count;
            for (int c = Words[i - 1].End; c < Words[i].Start; c++)
                if (QuotationMarks.IsMark(N[c])) return true;
            return false;
        }

        // «، »: a comma between word c and the one before it.
        public bool CommaBefore(int c) => c > 0 && c < Count && N.AsSpan(Words[c - 1].End, Words[c].Start - Words[c - 1].End).IndexOfAny('،', ',') >= 0;

        // The words of a found name, for the evidence.
        public string FoundWords(Found f) => string.Join(' ', Enumerable.Range(f.First, f.End - f.First).Select(k => k == f.First ? W[k][f.Skip..] : W[k]));

        public bool InFoundName(string word)
        {
            foreach (var f in Found)
                for (int k = f.First; k < f.End; k++)
                    if (W[k] == word) return true;
            return false;
        }

        // Where a found name starts in the original text, after the letters of its proclitic.
        public int Start(Found f) => f.Skip == 0 ? Original[f.First].Start : Normalized.ToOriginal(Words[f.First].Start + f.Skip, Words[f.First].End).Start;
    }

    // The document's words, read once: علي the name told from على, أل with a hamza told from the article.
    private Document Read(string documentId, string text, NormalizedText normalized, ArraySegment<(int Start, int End)> words, IReadOnlyList<Layers.WordSpan>? forms = null)
    {
        var d = new Document(documentId, text, normalized, words, forms);
        string[] w = d.W;
        int count = d.Count;
        TextSpan[] original = d.Original;
        // علي (a name) and على (on) are one word once normalized: the original spelling tells them apart.
        for (int i = 0; i < count; i++)
        {
            if (w[i] == "علي" && text[original[i].End - 1] == 'ي') w[i] = AliName;
            if (w[i] == AliName) d.HasAliName = true; // noted here, in the loop that reads every word already
        }
        // ألفونس، ألبرت، إلسا: أل with a hamza is no article; a word no list knows keeps its first letters apart from «ال».
        for (int i = 0; i < count; i++)
            if (w[i].Length >= 4 && w[i].StartsWith("ال", StringComparison.Ordinal) && text[original[i].Start] is 'أ' or 'إ' && !IsGiven(w[i]) && !Lexicon.IsOrdinaryWord(w[i]))
                w[i] = "ا\u200C" + w[i][1..];
        d.JoinedAt = WordJoins.Of(d.N, d.Words.AsSpan());
        return d;
    }

    // سو-يون، جي-هون: word i after a hyphen, it and the word before it short syllables without the article.
    // Not شمال-شرق: two ordinary words, one of four letters, are a compound of words (جي-هون: syllables are shorter).
    private bool SyllablePair(Document d, int i) => d.Hyphened(i) && Syllable(d.W[i - 1]) && Syllable(d.W[i])
        && !(Lexicon.OrdinaryWords.Contains(d.W[i - 1]) && Lexicon.OrdinaryWords.Contains(d.W[i]) && Math.Max(d.W[i - 1].Length, d.W[i].Length) >= 4);

    private static bool Syllable(string x) => x.Length is >= 2 and <= 4 && !x.StartsWith("ال", StringComparison.Ordinal) && x.All(char.IsLetter);

    // A clause's opening, or a word with a preposition or the article (بإشراك، للاعبين) whose object the names are.
    private bool ClauseOrPrepositionOpens(Document d, int k) => ClauseOpens(d, k) || k > 0 && d.Joined(k) && (d.W[k - 1].StartsWith("ال", StringComparison.Ordinal) || d.W[k - 1].Length > 4 && d.W[k - 1][0] is 'ب' or 'ل' && Lexicon.IsOrdinaryWord(d.W[k - 1]));

    // Where a clause opens before word k: the text's start or a mark, a particle (لكن، أما، بينهم، مع), or a verb. What the
    // word before is, is decided once per form (asked of most words by the coordination rule).
    private bool ClauseOpens(Document d, int k)
    {
        if (k == 0 || !d.Joined(k)) return true;
        string b = d.W[k - 1];
        int id = d.FormId(k - 1);
        return _clauseOpeners.TryGet(id, b, out bool known) ? known : _clauseOpeners.Remember(id, b, ClauseOpener(b));
    }

    private readonly FormFlags _clauseOpeners = new();

    private bool ClauseOpener(string b) => !(TitlePrepositions.Contains(b) && b != "مع") && (_stopwords.Contains(b) || OpensClause(b));

    // قال، وتشرف، يعد، هؤلاء: a verb or a particle that a clause's subject follows.
    private bool OpensClause(string b) => ClauseParticles.Contains(b) || IsSpeechVerb(b) || ClauseVerb(b) && !IsGiven(b[1..])
        || b.Length >= 3 && b[0] is 'ي' or 'ت' && !IsGiven(b) && KnownVerbShape(b);

    // A word with و whose rest stands alone in the document is two words (نصر وغاليانو … غاليانو): a name ends before it.
    private bool Conjoined(Document d, int k) => d.W[k].Length > 3 && d.W[k][0] == 'و' && !d.Given(k) && d.StandsAlone(k);

    // Whether word k is the last word of a person found here or named by the gazetteer.
    private static bool PersonWord(Document d, int k) => d.KnownType[k] == ActorType.Person || d.Found.Any(f => f.End - 1 == k);

    // A name found: its words are taken, unless it names a body or a native of a place, or a verb ends it.
    private void Take(Document d, Found f)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        List<Found> found = d.Found;
        HashSet<string> bodies = d.Bodies;
        // ستيفن يونايتد after مدرب يونايتد سامي …: a name ending in a body's word is that body, a team or a firm (kind of blind14).
        if (bodies.Contains(w[f.End - 1])) return;
        // قائد منتخب بلاد الأرز، رئيس لجنة التحكيم: a noun heading a body of people never starts a person's name ([team-bodies]).
        if (TeamBodyNoun(w[f.First][f.Skip..])) return;
        // ابن التاسعة عشرة، ابنة الخمسين: ابن/ابنة before an ordinal or a decade tells an age, no name ([age-ordinals]).
        if (f.End - f.First >= 2 && w[f.First][f.Skip..] is "ابن" or "ابنه" && w[f.First + 1].StartsWith("ال", StringComparison.Ordinal)
            && Lexicon.AgeOrdinals.Contains(w[f.First + 1][2..])) return;
        // خط يحمل اسم فلان، شارع سمي باسم فلان: a name after a verb of naming and اسم/باسم is the thing's ([naming-verbs]).
        if (f.Skip == 0 && f.First >= 2 && d.Joined(f.First) && d.Joined(f.First - 1) && w[f.First - 1] is "اسم" or "باسم" && Lexicon.NamingVerbs.Contains(w[f.First - 2])) return;
        // سانتا كروز دي لا سييرا: a word right after دي لا / دي لوس / دي لاس ends a place's name (a person's name starts before the link).
        if (f.Skip == 0 && f.First >= 2 && d.Joined(f.First) && d.Joined(f.First - 1) && w[f.First - 1] is "لا" or "لوس" or "لاس" && w[f.First - 2] == "دي") return;
        // صار بيتي الثاني، كان مكتبي الأول: a possessed noun (an ordinary word and ي) before a definite ordinal is no king's name.
        if (f.End - f.First == 2 && (RegnalOrdinals.Contains(w[f.First + 1]) || w[f.First + 1] == "الاول") && PossessedWord(w[f.First][f.Skip..])) return;
        // كاتدرائية القديس فرنسيس …، جامعة القديس يوسف سمير …: after a building's head and a saint's title, the saint's name
        // is the building's; only a given name after its first word opens a person's name.
        if (f.Skip == 0 && f.First >= 2 && d.Joined(f.First) && d.Joined(f.First - 1) && Lexicon.SaintTitles.Contains(w[f.First - 1])
            && (InstitutionHeadForm(w[f.First - 2]) || Lexicon.PlaceHeads.Contains(w[f.First - 2])))
        {
            if (f.End - f.First < 3 || !IsGiven(w[f.First + 1])) return;
            f = f with { First = f.First + 1 };
        }
        // الحارس سألني، المدير أخبرنا: after a title, one word that is a verb (an ordinary word) with an object pronoun is the
        // title's predicate (not ميرنا كوستيتش: a name word follows).
        if (f.Rule == "title" && f.End - f.First == 1 && VerbWithObject(w[f.First])) return;
        // ابن المدينة، ابن القرية: ابن and a definite place noun is a native of it, no name.
        if (f.End - f.First == 2 && w[f.First] is "ابن" or "بن" && w[f.First + 1].StartsWith("ال", StringComparison.Ordinal) && IsInstitutionHead(w[f.First + 1])) return;
        // … كيروغا رفض هذه الشكوى: a last word that is an ordinary word before a demonstrative is the verb of the
        // demonstrative's phrase, not the name's (kind of round people5).
        if (f.End - f.First >= 3 && f.End < count && d.Joined(f.End) && Lexicon.Demonstratives.Contains(w[f.End]) && !IsGiven(w[f.End - 1])
            && !w[f.End - 1].StartsWith("ال", StringComparison.Ordinal) && Lexicon.IsOrdinaryWord(w[f.End - 1]) && !patterns.NameLinks.Contains(w[f.End - 2]))
            f = f with { End = f.End - 1 };
        found.Add(f);
        for (int k = f.First; k < f.End; k++) taken[k] = true;
    }

    // منتخب، ولجنة: a body noun of [team-bodies], as written or behind و, that no list knows as a given name.
    private bool TeamBodyNoun(string x) =>
        !IsGiven(x) && (Lexicon.TeamBodies.Contains(x) || x.Length > 3 && x[0] == 'و' && Lexicon.TeamBodies.Contains(x[1..]));

    // سألني، أخبرنا، سألها: an ordinary word (a verb's stem) and an object pronoun, no given name; not ه alone (a name in ة,
    // عودة، حمزة, is written with ه once normalized).
    private bool VerbWithObject(string x)
    {
        if (IsGiven(x) || Lexicon.WordNames.Contains(x)) return false;
        foreach (var suffix in ObjectPronouns)
            if (x.EndsWith(suffix, StringComparison.Ordinal) && x.Length - suffix.Length >= 3
                && Lexicon.OrdinaryWords.Contains(x.AsSpan(0, x.Length - suffix.Length)) && !IsGiven(x[..^suffix.Length]))
                return true;
        return false;
    }

    // بيتي، عمري، مكتبي: an ordinary word of three letters or more and the first person's possessive ي.
    private bool PossessedWord(string x) => x.Length >= 4 && x[^1] == 'ي' && Lexicon.OrdinaryWords.Contains(x.AsSpan(0, x.Length - 1));

    private static readonly string[] ObjectPronouns = ["ني", "نا", "كم", "هم", "ها"];

    // لوفيفر-دوران: a name word glued by a hyphen after a mention belongs to its span.
    private int HyphenEnd(Document d, int end)
    {
        while (end < d.Count && d.Hyphened(end) && !d.Taken[end] && !d.W[end].StartsWith("ال", StringComparison.Ordinal) && IsNameWord(d.W[end])) end++;
        return end;
    }
}
