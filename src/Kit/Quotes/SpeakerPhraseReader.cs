using Kit.Actors;

namespace Kit.Quotes;

/// <summary>
/// Reads a speaker phrase starting at a word: a name (وزارة الدفاع الأمريكية البنتاغون → the last of the names in
/// apposition), a descriptor and the name after it (صحيفة واشنطن بوست → واشنطن بوست), or a title and the words that
/// may follow it (المتحدث باسم البنتاغون بيتر كوك → بيتر كوك; مسؤول كبير في وزارة الخارجية الأمريكية → all of it).
/// </summary>
internal sealed class SpeakerPhraseReader(SpeakerTitles titles, QuoteCues cues, RoleIndex roles)
{
    public SpeakerTitles Titles => titles;

    public SpeakerPhrase? Read(QuoteText t, int i, bool allowConjunction)
    {
        if (i < 0 || i >= t.Words.Count) return null;
        if (t.NameMentionAt[i] is { } name) return NamePhrase(t, i, name, "a name");

        string word = t.Norm[i];
        int proclitic = 0;
        if (allowConjunction && !IsHead(word) && IsHead(QuoteText.WithoutConjunction(word)))
        {
            word = QuoteText.WithoutConjunction(word);
            proclitic = 1;
        }
        if (titles.Descriptors.Contains(word) && i + 1 < t.Words.Count && t.SentenceOf(i + 1) == t.SentenceOf(i)
            && t.NameMentionAt[i + 1] is { } described && OnlySpacesOrMarks(t.Gap(i + 1)))
            return NamePhrase(t, i, described, $"the name after «{t.Words[i].Text}»");
        if (!titles.Titles.ContainsKey(word) && !titles.Descriptors.Contains(word)) return null;
        return TitlePhrase(t, i, word, proclitic);
    }

    private bool IsHead(string word) => titles.Titles.ContainsKey(word) || titles.Descriptors.Contains(word);

    // Names in apposition (وزارة الدفاع الأمريكية البنتاغون): the last one is the speaker, as the gold does.
    private static SpeakerPhrase NamePhrase(QuoteText t, int first, Mention name, string how)
    {
        var last = name;
        while (true)
        {
            int next = t.WordAfter(last);
            if (next >= t.Words.Count || t.SentenceOf(next) != t.SentenceOf(first) || !t.BlankGap(next)
                || t.NameMentionAt[next] is not { } m || m.Actor != last.Actor)
                break;
            last = m;
        }
        string note = last == name ? how : $"{how} (of the names in apposition, the last: «{last.Surface}»)";
        return new SpeakerPhrase(first, t.WordAfter(last), last.Surface, last.Start, last.End, last.Actor, true, null, note);
    }

    private SpeakerPhrase TitlePhrase(QuoteText t, int head, string headWord, int proclitic)
    {
        int sentence = t.SentenceOf(head);
        int j = head + 1;
        Mention? person = null;
        while (j < t.Words.Count && t.SentenceOf(j) == sentence && t.BlankGap(j) && t.CueAt[j] is null)
        {
            string w = t.Norm[j];
            if (titles.Stops.Contains(w) || cues.Complementizers.MatchAt(t.Norm, j) > 0) break;
            if (t.NameMentionAt[j] is { } m)
            {
                j = t.WordAfter(m);
                if (m.Type == ActorType.Person)
                {
                    person = m;
                    break; // a person's name ends the phrase
                }
                continue;
            }
            if (t.AdjectiveAt[j] || titles.Modifiers.Contains(w) || IsAdjective(w) || IsDefinite(w) || IsLinkWithPronoun(w))
            {
                j++;
                continue;
            }
            if (titles.Links.Contains(w) && j + 1 < t.Words.Count && t.SentenceOf(j + 1) == sentence && t.BlankGap(j + 1)
                && (t.NameMentionAt[j + 1] is not null || IsDefinite(t.Norm[j + 1])))
            {
                j++;
                continue;
            }
            break;
        }
        if (person is not null)
            return new SpeakerPhrase(head, j, person.Surface, person.Start, person.End, person.Actor, true, null,
                $"a title and a name («{t.Text[t.Words[head].Start..person.End]}»): the name wins over the title");

        int start = t.SkipLetters(head, proclitic), end = t.Words[j - 1].End;
        string normalized = string.Join(' ', Enumerable.Range(head, j - head).Select(k => k == head ? headWord : t.Norm[k]));
        string? actor = roles.Lookup(normalized);
        string? hint = actor is null && j == head + 1 ? titles.Titles.GetValueOrDefault(headWord) : null;
        string how = actor is not null ? $"a title with no name; its actor is the one whose role it is"
            : hint is not null ? $"a title standing alone, pointing back to the {hint}"
            : "a title or source with no name (no actor)";
        return new SpeakerPhrase(head, j, t.Text[start..end], start, end, actor, false, hint, how);
    }

    // Nisba adjectives end in ي / ية (normalized يه) and their plurals: غربي، الأممي، أميركيين.
    private bool IsAdjective(string w) =>
        w.Length >= 4 && !titles.Stops.Contains(w)
        && (w.EndsWith('ي') || w.EndsWith("يه", StringComparison.Ordinal) || w.EndsWith("يين", StringComparison.Ordinal)
            || w.EndsWith("يون", StringComparison.Ordinal));

    // A word with the article (الخارجية، للأمم): a genitive or an adjective in the title's phrase.
    private bool IsDefinite(string w) =>
        w.Length >= 4 && !titles.Stops.Contains(w) && (w.StartsWith("ال", StringComparison.Ordinal) || w.StartsWith("لل", StringComparison.Ordinal));

    // باسمه، باسمها: a link that carries its own complement.
    private bool IsLinkWithPronoun(string w) =>
        cues.Pronouns.Any(p => w.Length > p.Length + 2 && w.EndsWith(p, StringComparison.Ordinal) && titles.Links.Contains(w[..^p.Length]));

    private static bool OnlySpacesOrMarks(ReadOnlySpan<char> gap)
    {
        foreach (char c in gap)
            if (!char.IsWhiteSpace(c) && !QuoteMarkPairer.IsMark(c)) return false;
        return true;
    }
}
