using Kit.Actors;
using Kit.Actors.Discovery;
using Kit.Lexicon;
using Kit.Normalization;

namespace Kit.Quotes.Speakers;

/// <summary>Grammatical gender and number, as a verb and its subject agree in Arabic: وأضاف / وأضافت / وأضافوا.</summary>
internal enum Agreement
{
    Unknown,
    Masculine,
    Feminine,
    Plural,

    /// <summary>A sound masculine plural (المزارعون، المسؤولين، دبلوماسيون): people, whom a singular verb never points back to.</summary>
    PeoplePlural,
}

/// <summary>
/// Reads the agreement of a reporting verb (قالت → feminine, قالوا → plural) and of a speaker (المتحدثة، هدى الحلبي,
/// وزارة الخارجية → feminine; المتحدث، مارتن غريفيث → masculine; مصادر، مسؤولون → plural), so that an implicit
/// subject goes back to a speaker it agrees with. Unknown agrees with anything.
/// </summary>
internal static class AgreementReader
{
    private static readonly HashSet<string> BrokenPlurals = new(StringComparer.Ordinal)
    {
        "مصادر", "خبراء", "مسؤولين", "مسؤولون", "مراقبون", "محللون", "دبلوماسيون", "سكان", "شهود", "ناشطون", "نشطاء", "مسؤولو", "قاده", "زعماء", "وزراء",
    };

    // A plural that is not of people takes a feminine singular verb (أكدت مصادر، قالت الوزارات): feminine agrees with plural.
    // A sound masculine plural is of people: وقالت never points back to المزارعون (that is وقالوا), so it agrees with
    // plurals only.
    public static bool Agree(Agreement a, Agreement b)
    {
        if (a == Agreement.PeoplePlural || b == Agreement.PeoplePlural)
            return (a == Agreement.PeoplePlural ? b : a) is Agreement.Unknown or Agreement.Plural or Agreement.PeoplePlural;
        return a == Agreement.Unknown || b == Agreement.Unknown || a == b
            || a == Agreement.Feminine && b == Agreement.Plural || a == Agreement.Plural && b == Agreement.Feminine;
    }

    public static Agreement OfCue(QuoteText t, ReportingCue cue)
    {
        if (cue.PronounSubject && cue.Word > 0)
        {
            string before = t.Norm[cue.Word - 1];
            if (before.EndsWith("ها", StringComparison.Ordinal)) return Agreement.Feminine;
            if (before.EndsWith("هم", StringComparison.Ordinal)) return Agreement.Plural;
            if (before.EndsWith('ه')) return Agreement.Masculine;
        }
        var f = cue.Form;
        string form = f.Form;
        return f.Kind switch
        {
            VerbFormKind.Past => form.EndsWith("وا", StringComparison.Ordinal) ? Agreement.Plural
                // لفتت: a verb whose root ends in ت is feminine with a second ت (لفت itself is masculine).
                : form.EndsWith('ت') && (!f.Lemma.EndsWith('ت') || form.Length == f.Lemma.Length + 1) ? Agreement.Feminine : Agreement.Masculine,
            VerbFormKind.Present => form.EndsWith("ون", StringComparison.Ordinal) ? Agreement.Plural
                : form.StartsWith('ت') ? Agreement.Feminine : Agreement.Masculine,
            VerbFormKind.Participle => form.EndsWith("ين", StringComparison.Ordinal) || form.EndsWith("ون", StringComparison.Ordinal) ? Agreement.Plural
                : form.EndsWith('ه') ? Agreement.Feminine : Agreement.Masculine,
            _ => Agreement.Unknown,
        };
    }

    public static Agreement OfSpeaker(QuoteSpeaker? speaker, Gazetteer gazetteer, NameLexicon lexicon, SpeakerTitles titles)
    {
        if (speaker is null || speaker.Start < 0) return Agreement.Unknown;
        var n = ArabicNormalizer.Aggressive;
        // A name: its given name says (هدى → feminine).
        string? name = null;
        if (speaker.Actor is { } actor)
        {
            if (Gazetteer.DiscoveredName(actor) is { } discovered)
                name = discovered;
            else if (gazetteer.ById.TryGetValue(actor, out var a))
            {
                if (a.Type != ActorType.Person) return a.Type == ActorType.Media ? Agreement.Unknown : Agreement.Feminine; // روسيا، الوزارة: feminine
                name = a.Name;
            }
        }
        string firstWord = FirstWord(speaker.Text);
        string firstNormalized = n.Apply(firstWord);
        string head = QuoteText.WithoutConjunction(firstNormalized);
        // The title first: المتحدثة، الوزيرة, مصادر.
        if (head.Length > 4 && (head.EndsWith("ون", StringComparison.Ordinal) || head.EndsWith("يين", StringComparison.Ordinal)
            || head.EndsWith("ين", StringComparison.Ordinal) && BrokenPlurals.Contains(head)))
            return Agreement.PeoplePlural;
        if (BrokenPlurals.Contains(head)) return Agreement.Plural;
        if (name is null && speaker.NameStart < 0)
            return head.EndsWith('ه') ? Agreement.Feminine : head.Length > 0 && titles.Titles.ContainsKey(head) ? Agreement.Masculine : Agreement.Unknown;
        if (name is not null && lexicon.GenderOf(n.Apply(BeforeFirstSpace(name))) is { } g) return g == "female" ? Agreement.Feminine : Agreement.Masculine;
        if (speaker.NameStart >= 0)
        {
            // The first word read above (a text of spaces only has none, and the index fails as it always did).
            string first = firstWord.Length > 0 ? firstNormalized : n.Apply(speaker.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]);
            if (head.EndsWith('ه') && titles.Titles.ContainsKey(head)) return Agreement.Feminine;
            if (lexicon.GenderOf(first) is { } given) return given == "female" ? Agreement.Feminine : Agreement.Masculine;
        }
        return titles.Titles.ContainsKey(head) && !head.EndsWith('ه') ? Agreement.Masculine : Agreement.Unknown;
    }

    // The first of the words between spaces ("" when none), as Split(' ', RemoveEmptyEntries) gives it, without splitting the rest.
    private static string FirstWord(string text)
    {
        int start = 0;
        while (start < text.Length && text[start] == ' ') start++;
        int end = text.IndexOf(' ', start);
        return start == 0 && end < 0 ? text : text[start..(end < 0 ? text.Length : end)];
    }

    // Split(' ')[0]: the text before its first space.
    private static string BeforeFirstSpace(string text)
    {
        int end = text.IndexOf(' ');
        return end < 0 ? text : text[..end];
    }
}
