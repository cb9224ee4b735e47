using Kit.Lexicon;
using Kit.Text;

namespace Kit.Actors.Discovery;

// Names in the speech frame that the other rules leave: a reporting verb that opens its clause, two or three indefinite
// words, then a clear end (a comma, a colon, إن/أن, a state in the accusative: مبتسما). The frame is rarely anything but a
// name, so a word the dictionary knows counts beside one no dictionary knows or a given name (سوك تشانثا، تشيا ساريث:
// foreign name words the word list holds as words).
public sealed partial class PeopleFinder
{
    private const int MaxSpeechFrameNameWords = 3;

    private void FindInSpeechVerbFrames(Document d, Opens[] wordOpens)
    {
        string[] w = d.W;
        int count = d.Count;
        bool[] taken = d.Taken;
        for (int i = 0; i + 2 < count; i++)
        {
            if ((wordOpens[i] & Opens.SpeechVerb) == 0) continue; // most words are no speech verb: asked first, before any word is read
            int first = i + 1;
            // قالوا لنا: a verb of many (in وا) has a subject of many, no one person's name.
            if (taken[first] || !d.Joined(first)) continue;
            // The verb opens its clause: و or ف on it, or first after punctuation (not a verb inside a noun phrase).
            bool opens = i == 0 || !d.Joined(i) || w[i].Length > 3 && Clitics.IsConjunction(w[i][0]);
            if (!opens || w[i].EndsWith("وا", StringComparison.Ordinal)) continue;
            int k = first, nameWords = 0;
            while (k < count && nameWords < MaxSpeechFrameNameWords && d.Joined(k) && !taken[k]
                   && (FrameNameWordAt(d, k, k == first) || k > first && patterns.NameLinks.Contains(w[k]) && k + 1 < count && d.Joined(k + 1)))
            {
                if (!patterns.NameLinks.Contains(w[k])) nameWords++;
                k++;
            }
            while (k > first && patterns.NameLinks.Contains(w[k - 1])) k--;
            // رجل مسن، مزارع شاب: two words the dictionary knows are a noun and its adjective; one of them must be no word, or the
            // first a given name (not بيت سعيد: a noun before a given name may be its head in construct).
            bool evidence = IsGiven(w[first]) || Enumerable.Range(first, k - first).Any(x => !patterns.NameLinks.Contains(w[x]) && UnknownWord(w[x]) && !AccusativeWord(w[x]));
            if (nameWords < 2 || !evidence || patterns.NameLinks.Contains(w[first]) || !FrameEnds(d, k) || InsideInstitution(d, first, d.JoinedTest)) continue;
            // وأضاف بيت سعيد: the last words of a name found already are left to the propagation, which says whose they are.
            if (EndOfFoundName(d, first, k)) continue;
            Take(d, new Found(first, k, 0, "speech", d.Text[d.Original[i].Start..d.Original[i].End], -1));
            i = k - 1;
        }
    }

    // FrameNameWord of word k, first in the name or not: both answers are decided when a form is first asked and kept by
    // its vocabulary id (a dozen look-ups, asked of the word after every speech verb that opens its clause).
    private byte FrameNameWordsAt(Document d, int k)
    {
        string x = d.W[k];
        int id = d.FormId(k);
        if (_frameNameWords.TryGet(id, x, out byte known)) return known;
        return _frameNameWords.Remember(id, x, (byte)(1 | (FrameNameWord(x, true) ? 2 : 0) | (FrameNameWord(x, false) ? 4 : 0)));
    }

    private bool FrameNameWordAt(Document d, int k, bool first) => (FrameNameWordsAt(d, k) & (first ? 2 : 4)) != 0;

    // 1: decided; 2: a name's first word; 4: a later word.
    private readonly FormMemo<byte> _frameNameWords = new();

    // An indefinite word that is no particle, title, body, place, plural, nisba, verb or state in the accusative.
    private bool FrameNameWord(string x, bool first) =>
        !(x.Length < 3 || !x.All(char.IsLetter) || Lexicon.PersonToldPronouns.Contains(x) || x.StartsWith("ال", StringComparison.Ordinal) || _stopwords.Contains(x) || patterns.NameStops.Contains(x) || Lexicon.NotNames.Contains(x)
          || IsTitleHead(x) || IsInstitutionHead(x) || Lexicon.PlaceHeads.Contains(x) || Plural(x) || PronounEnding(x)
          // فوشيك: ف on a word after the first is the name's own letter more often than the conjunction.
          || ConjoinedWord(x) && (first || x[0] == 'و') || PrepositionOnWord(x) || IsNisbaAdjective(x)
          // مبتسما، ضاحكا: a participle in the accusative is a state; تشيا، دريتا: another word in ا opens a name only first.
          || AccusativeWord(x) && (!first || x[0] == 'م' || x.Length == 5 && x[1] == 'ا') || verbs.Lookup(x) is not null || IsComplementizer(x));

    private static bool EndOfFoundName(Document d, int first, int end)
    {
        int n = end - first;
        foreach (var f in d.Found)
        {
            if (f.End - f.First <= n) continue;
            bool same = true;
            for (int x = 0; x < n && same; x++) same = d.W[f.End - n + x] == d.W[first + x];
            if (same) return true;
        }
        return false;
    }

    // After the name: the end of the text, punctuation, إن/أن, a preposition that opens an adverbial, or a state in the
    // accusative (مبتسما، ضاحكا، مضيفا).
    private bool FrameEnds(Document d, int k) =>
        k >= d.Count || !d.Joined(k) || SpeechBoundary(d.W, k, d.JoinedTest) || AccusativeWord(d.W[k]) || d.W[k] is GrammarWords.Alladhi or GrammarWords.Allati;
}
