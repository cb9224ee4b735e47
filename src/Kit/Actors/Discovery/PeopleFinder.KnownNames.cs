using Kit.Lexicon;
using Kit.Normalization;
using Kit.Text;

namespace Kit.Actors.Discovery;

// What the gazetteer already names: those words are taken, save a few that start a person's name.
public sealed partial class PeopleFinder
{
    // The gazetteer's mentions: the words they cover are taken (a few given names among them start a name instead).
    private void MarkKnownNames(Document d, IReadOnlyList<Mention> known, NameDiscoverer titles, ISet<int>? insidePlaceNames)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        string?[] knownType = d.KnownType;
        bool[] adjectiveAt = d.AdjectiveAt;
        TextSpan[] original = d.Original;
        // Where each mention starts among the words, found once (asked three times below): the finder's mentions come in
        // text order, so one walk over the words finds them all; a list out of order is searched mention by mention.
        var starts = new int[known.Count];
        if (InTextOrder(known))
            for (int i = 0, word = 0; i < starts.Length; i++)
            {
                int offset = known[i].Start;
                while (word < count && original[word].End <= offset) word++;
                starts[i] = word < count && original[word].Start <= offset ? word : -1;
            }
        else
            for (int i = 0; i < starts.Length; i++) starts[i] = d.WordOf(known[i].Start);
        // Words the gazetteer already names are no one's new name.
        for (int i = 0; i < starts.Length; i++)
            if (known[i].Kind == MentionKind.Adjective && starts[i] >= 0) adjectiveAt[starts[i]] = true;
        for (int i = 0; i < starts.Length; i++)
        {
            var m = known[i];
            int at = starts[i];
            for (int k = Math.Max(0, at); k >= 0 && k < count && original[k].Start < m.End; k++) knownType[k] ??= m.Type;
            // تركي، مصري: a nationality adjective that is also a given name, followed by a name word, starts a name (العقيد تركي المالكي).
            // وفد تركي رفيع stays an adjective: the next word must be no ordinary word, or a title stand before.
            if (m.Kind == MentionKind.Adjective && at >= 0 && at + 1 < count && d.Given(at) && d.Joined(at + 1) && IsNameWord(w[at + 1])
                && !w[at].StartsWith("ال", StringComparison.Ordinal)
                && (!Lexicon.IsOrdinaryWord(w[at + 1]) || at > 0 && d.Joined(at) && IsTitleHead(w[at - 1])))
                continue;
            // جوفاني روسي، ماركو إيطالي: an indefinite nationality adjective in ي right after a given name cannot qualify it (a name
            // is definite); it is the family name, for the given-name rule to read (kind of blind19).
            if (m.Kind == MentionKind.Adjective && at > 0 && EndsInWord(original[at], m) && d.Joined(at) && !taken[at - 1] && knownType[at - 1] is null
                && d.Given(at - 1) && !d.WordName(at - 1) && !w[at].StartsWith("ال", StringComparison.Ordinal) && w[at].Length >= 4 && w[at][^1] == 'ي'
                && !(at + 1 < count && d.Joined(at + 1) && w[at + 1].StartsWith("ال", StringComparison.Ordinal))) // روسي الأصل: the adjective's phrase
                continue;
            // قالت أمل الشناوي: a one-word organization of the gazetteer (أمل) that is also a given name, after a reporting verb
            // or a punctuation mark and before a word that is no ordinary word, starts a person's name.
            if (m.Type != ActorType.Person && m.Kind == MentionKind.Name && at >= 0 && EndsInWord(original[at], m) && (d.Given(at) || d.WordName(at))
                && at + 1 < count && d.Joined(at + 1) && IsNameWord(w[at + 1])
                && (!Lexicon.IsOrdinaryWord(w[at + 1]) && (at == 0 || !d.Joined(at) || IsSpeechVerb(w[at - 1]))
                    // الدكتورة أمل الحسيني: after a title or an honorific, the family name may be a word (not a definite noun).
                    || at > 0 && d.Joined(at) && TitleOrHonorific(w[at - 1]) && !DefiniteNoun(w[at + 1]) && !AccusativeWord(w[at + 1])))
                continue;
            // فوزية العبادي: a surname the gazetteer knows alone, after a given name that is none of that person's names, is
            // someone else's surname; the given-name rule reads the whole name.
            if (m.Type == ActorType.Person && m.Kind == MentionKind.Name && at > 0 && EndsInWord(original[at], m) && d.Joined(at) && !taken[at - 1]
                && knownType[at - 1] is null && d.Given(at - 1) && !IsNameOf(titles, m.Actor, w[at - 1]))
                continue;
            for (int k = Math.Max(0, at); k >= 0 && k < count && original[k].Start < m.End; k++) taken[k] = true;
        }

        // كأس عيسى بن سلمان، مستشفى الملك فهد: a person the gazetteer knows, inside the name of a prize, place or institution,
        // is no mention of that person; the caller drops those (their starts).
        if (insidePlaceNames is not null)
            for (int i = 0; i < starts.Length; i++)
                if (known[i] is { Type: ActorType.Person, Kind: MentionKind.Name } m && starts[i] is > 0 and var at
                    && (InsideInstitution(d, at, d.JoinedTest) || PlaceArticleBefore(d, at)))
                    insidePlaceNames.Add(m.Start);
    }

    // Whether the mention ends inside the word it starts in (d.WordOf(m.End - 1) == at, without the search: the words are sorted and apart).
    private static bool EndsInWord(TextSpan word, Mention m) => word.Start < m.End && m.End <= word.End;

    // بركان سانتا ماريا، مدينة سان خوسيه: a person's name right after a place article of three letters or more (سانتا، سان،
    // لوس; Data [place-articles]) names a saint's or a founder's place.
    private bool PlaceArticleBefore(Document d, int at) =>
        d.Joined(at) && d.W[at - 1].Length >= 3 && Lexicon.PlaceArticles.Contains(d.W[at - 1]);

    private static bool InTextOrder(IReadOnlyList<Mention> mentions)
    {
        for (int i = 1; i < mentions.Count; i++)
            if (mentions[i].Start < mentions[i - 1].Start) return false;
        return true;
    }
}
