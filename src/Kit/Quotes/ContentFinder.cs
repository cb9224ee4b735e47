using Kit.Lexicon;

namespace Kit.Quotes;

/// <summary>
/// Finds the text a reporting verb introduces. Looking from the verb (or from after its subject) for the first of:
/// quotation marks (direct), a colon (direct, to the end of the sentence), a complementizer (indirect, or mixed
/// when it holds a quoted part, or direct when it is all one quotation), or first-person words right after the
/// verb (direct speech whose marks were lost). A clause ends at the end of the sentence, before the next reporting
/// clause (، وأضاف؛ بعدما قال), or where the narrator plainly resumes (، ولكن من دون أن يحدد؛ بالرغم من كيري لم يوضح).
/// </summary>
internal sealed class ContentFinder(QuoteCues cues, SpeakerTitles titles, Kit.Actors.Discovery.NameLexicon names)
{
    // How far after the verb the quote's opening may be: subject, adverbials and "في تصريحات نشرتها وكالة …" included.
    public const int MaxWindow = 16;

    /// <summary>The delimiter of a quote that runs from a colon, with no quotation marks.</summary>
    public const string ColonDelimiter = "a colon";

    public QuoteContent? Find(QuoteText t, ReportingCue cue, int windowStart, string? speakerActor)
    {
        if (cue.AttributionWord is int attribution) return Before(t, cue, attribution);
        int end = t.EndWordOf(cue.Sentence);
        int limit = Math.Min(end, windowStart + MaxWindow);
        var nextCue = t.NextCueOutsideMarks(cue.Word, limit);
        if (nextCue is not null && Circumstantial(t, nextCue)) nextCue = t.NextCueOutsideMarks(nextCue.Word, limit);
        if (nextCue is not null) limit = nextCue.Word;
        int first = SkipAddresseesAndTimes(t, windowStart, limit);

        int nextPair = -1; // the words in order: the marks are walked, not searched for every word
        for (int k = windowStart; k < limit; k++)
        {
            int gapStart = t.GapStart(k), gapEnd = t.Words[k].Start;
            // يتوقع المزارعون صابة …، لكنهم يخشون أن: a comma and a connective with a pronoun open a clause of their own; what
            // follows is not this verb's content.
            if (k > windowStart && t.Text.AsSpan(gapStart, gapEnd - gapStart).IndexOfAny('،', ',') >= 0 && cues.CarriesPronoun(t.Forms[k].Bare, cues.Connectives))
                break;
            if (t.OuterPairOpeningIn(gapStart, gapEnd, ref nextPair) is { } pair)
            {
                var inner = pair.Trimmed(t.Text);
                // After a colon the marks hold speech, never a name (… لوكالة الصحافة الفرنسية: «…»).
                bool afterColon = t.Text.AsSpan(gapStart, pair.Open - gapStart).IndexOfAny(':', '：') >= 0;
                if (inner.Length > 0 && (afterColon || !IsName(t, pair, k) && !ShortNameBeforeTheSpeech(t, pair, k, limit)))
                    return new QuoteContent(inner.Start, inner.End, QuoteKind.Direct, "quotation marks");
                // A name in marks (تنظيم "داعش") or empty marks: look past them.
                int next = t.WordFrom(pair.Close);
                if (next > k)
                {
                    k = next - 1;
                    continue;
                }
            }
            if (t.Text.AsSpan(gapStart, gapEnd - gapStart).IndexOfAny(':', '：') >= 0)
                return Clause(t, cue, t.Words[k].Start, speakerActor, QuoteKind.Direct, ColonDelimiter);
            int complementizer = ComplementizerAt(t, k);
            if (complementizer > 0)
            {
                int after = k + complementizer;
                if (after >= end) return null;
                int start = t.OuterPairOpeningIn(t.GapStart(after), t.Words[after].Start)?.Open ?? t.Words[after].Start;
                return Clause(t, cue, start, speakerActor, null, $"the complementizer «{t.WordsText(k, complementizer)}»");
            }
            if (k == first && StartsVerbatimSpeech(t, k, limit))
                return Clause(t, cue, t.Words[k].Start, speakerActor, QuoteKind.Direct,
                    FirstPerson.IsWord(t.Norm[k]) || cues.Negations.MatchAt(t, k) > 0 ? "first-person words right after the verb" : $"«{t.WordText(k)}» opening verbatim speech right after the verb");
        }
        if (limit == windowStart + MaxWindow && limit < end && AfterAside(t, cue, limit, end, speakerActor) is { } aside) return aside;
        return QuoteBefore(t, cue);
    }

    // وقال فلان، وهو …، خلال …، إن …: the window ran out inside an aside set off by commas; the complementizer or colon
    // right after a comma that closes it, with no other reporting verb or quotation mark before, still opens the quote.
    private QuoteContent? AfterAside(QuoteText t, ReportingCue cue, int from, int end, string? speakerActor)
    {
        for (int k = from; k < end; k++)
        {
            if (t.CueAt[k] is not null || t.InsideMarks(t.Words[k].Start)) return null;
            int gapStart = t.GapStart(k), gapEnd = t.Words[k].Start;
            var gap = t.Text.AsSpan(gapStart, gapEnd - gapStart);
            if (t.OuterPairOpeningIn(gapStart, gapEnd) is not null || gap.IndexOfAny('؛', ';') >= 0) return null;
            if (gap.IndexOfAny('،', ',') < 0 && gap.IndexOfAny(':', '：') < 0) continue;
            if (gap.IndexOfAny(':', '：') >= 0)
                return Clause(t, cue, t.Words[k].Start, speakerActor, QuoteKind.Direct, ColonDelimiter + " after an aside");
            int complementizer = ComplementizerAt(t, k);
            if (complementizer == 0) continue;
            int after = k + complementizer;
            if (after >= end) return null;
            int start = t.OuterPairOpeningIn(t.GapStart(after), t.Words[after].Start)?.Open ?? t.Words[after].Start;
            return Clause(t, cue, start, speakerActor, null, $"the complementizer «{t.WordsText(k, complementizer)}» after an aside set off by commas");
        }
        return null;
    }

    // "لم تسقط أي قنبلة …"، قال كوناشينكوف: a quotation right before the verb, with only a comma between.
    private static QuoteContent? QuoteBefore(QuoteText t, ReportingCue cue)
    {
        if (!cue.Form.IsFinite || Clitics.IsConjunction(t.Norm[cue.Word][0])) return null;
        int gapStart = t.GapStart(cue.Word), gapEnd = t.Words[cue.Word].Start;
        var pair = t.OuterPairClosingIn(gapStart, gapEnd);
        if (pair is null) return null;
        var trimmed = pair.Trimmed(t.Text);
        return trimmed.Length == 0 ? null : new QuoteContent(trimmed.Start, trimmed.End, QuoteKind.Direct, "quotation marks just before the verb («…»، قال …)");
    }

    /// <summary>A sentence that goes on in the first person right after a quote (… الملح. نعمل منذ فترة …) is more of it.</summary>
    public QuoteContent? Continuation(QuoteText t, int sentence)
    {
        int first = t.FirstWordOf(sentence);
        if (first >= t.EndWordOf(sentence) || t.CueAt[first] is not null) return null;
        string w = t.Norm[first];
        if (!(FirstPerson.IsWord(w) || FirstPerson.IsVerb(w))) return null; // not لكن: a narrator's sentence may open with it
        int end = ClauseEnd(t, t.Words[first].Start, sentence, first - 1, null);
        return end > t.Words[first].Start ? new QuoteContent(t.Words[first].Start, end, QuoteKind.Direct, "a first-person sentence going on after a quote") : null;
    }

    /// <summary>Where a quote running from start ends, trimmed of the final full stop and spaces.</summary>
    public int ClauseEnd(QuoteText t, int start, int sentence, int afterWord, string? speakerActor)
    {
        int end = t.Sentences[sentence].End;
        // The next reporting clause in the sentence: ، وأضاف؛ ، في حين أكد؛ بعدما قال؛ لكنه نفى.
        for (int k = t.FirstCueOf(sentence); k < t.Cues.Count && t.Cues[k].Sentence == sentence; k++)
            if (t.Cues[k] is var c && c.Word > afterWord && !c.InsideMarks && c.ClauseStart is int cs && cs > start && cs < end)
            {
                end = cs;
                break;
            }
        int from = t.WordFrom(start), nextPair = -1;
        var words = t.Words; // the view taken once for the walk, not at every word
        var narrator = cues.Narrator;
        for (int k = from; k < words.Length && words[k].Start < end; k++)
        {
            if (t.InsideMarks(words[k].Start, ref nextPair)) continue; // the words in order: the marks are walked, not searched
            // The narrator resumes: ، ولكن من دون أن يحدد …
            if (narrator.MatchAt(t, k) > 0 && k > from)
            {
                int cut = k;
                while (cut - 1 > from && (t.Norm[cut - 1] is "و" || cues.Connectives.MatchAt(t, cut - 1, true) == 1)) cut--;
                end = t.Words[cut].Start;
                break;
            }
            // The speaker named again in the third person after a concessive: … بالرغم من كيري لم يوضح …
            if (speakerActor is not null && t.NameMentionAt[k] is { } m && m.Actor == speakerActor)
            {
                int turn = cues.NarratorTurns.MatchEndingAt(t, k - 1, allowProclitic: true);
                if (turn > 0 && k - turn > from)
                {
                    end = t.Words[k - turn].Start;
                    break;
                }
            }
        }
        while (end > start && (char.IsWhiteSpace(t.Text[end - 1]) || t.Text[end - 1] is '.' or '،' or ',' or '؛' or ';' or ':'))
            end--;
        return end;
    }

    private QuoteContent? Clause(QuoteText t, ReportingCue cue, int start, string? speakerActor, QuoteKind? kind, string delimiter)
    {
        int end = ClauseEnd(t, start, cue.Sentence, cue.Word, speakerActor);
        if (end <= start) return null;
        var inside = t.OuterPairsWithin(start, end);
        if (inside is (1, { } only) && only.Open == start && only.Close == end - 1)
        {
            var trimmed = only.Trimmed(t.Text);
            return new QuoteContent(trimmed.Start, trimmed.End, QuoteKind.Direct, delimiter + ", then quotation marks around the whole clause");
        }
        return new QuoteContent(start, end, kind ?? (inside.Count > 0 ? QuoteKind.Mixed : QuoteKind.Indirect), delimiter);
    }

    // "…، بحسب ما نقلته محطة … عن مسؤولين": the quote is the sentence's main clause before the attribution.
    private QuoteContent? Before(QuoteText t, ReportingCue cue, int attribution)
    {
        int first = t.FirstWordOf(cue.Sentence);
        int start = t.Words[first].Start;
        if (cues.Fronted.MatchAt(t, first, allowProclitic: true) > 0)
        {
            // ورغم التراشق …، نجح العسكريون …: the main clause starts after the first comma.
            for (int k = first + 1; k < attribution; k++)
                if (t.Gap(k).IndexOfAny('،', ',') >= 0)
                {
                    start = t.Words[k].Start;
                    break;
                }
        }
        int end = t.Words[attribution].Start;
        while (end > start && (char.IsWhiteSpace(t.Text[end - 1]) || t.Text[end - 1] is '،' or ',')) end--;
        if (end <= start) return null;
        bool quoted = t.OuterPairsWithin(start, end).Count > 0;
        return new QuoteContent(start, end, quoted ? QuoteKind.Mixed : QuoteKind.Indirect, $"the clause before «{t.WordText(attribution)} … {cue.Verb}» (attribution after the clause)");
    }

    // وأضاف وهو يشير إلى أشجار الموز: «…»: a present verb after وهو that says nothing (no أن or mark after it) is what
    // the speaker was doing, not a reporting clause of its own.
    private bool Circumstantial(QuoteText t, ReportingCue cue)
    {
        int k = cue.Word;
        if (cue.Form.Kind != VerbFormKind.Present || k == 0 || !t.BlankGap(k) || t.Norm[k - 1] is not ("وهو" or "وهي" or "وهم" or "وهما" or "وهن"))
            return false;
        for (int after = k + 1; after <= k + 2 && after < t.Words.Length && t.SentenceOf(after) == cue.Sentence; after++)
            if (ComplementizerAt(t, after) > 0 || t.OuterPairOpeningIn(t.GapStart(after), t.Words[after].Start) is not null) return false;
        return true;
    }

    // أن، بأنه، على أن …, but not غير أن or بعد أن.
    private int ComplementizerAt(QuoteText t, int k)
    {
        if (t.NameMentionAt[k] is not null) return 0; // بان كي مون is a name, not بأن
        int length = cues.Complementizers.MatchAt(t, k);
        if (length == 0) return 0;
        for (int end = k; end < k + length; end++)
            if (cues.NotComplementizers.MatchEndingAt(t, end) > end - k + 1) return 0;
        return length;
    }

    // Names in marks: after a descriptor (صحيفة “الحياة”، تنظيم "داعش") or wrapping one name and nothing else.
    private bool IsName(QuoteText t, QuotePair pair, int firstInside)
    {
        int before = firstInside - 1;
        if (before >= 0 && titles.Descriptors.Contains(WithoutPreposition(t.Norm[before]))) return true;
        // بنك الاستثمار "النعيم"، وكالة الأنباء الأردنية "بترا": a descriptor and up to three definite words that qualify it.
        for (int d = before; d >= 1 && before - d < 3 && t.Norm[d].StartsWith("ال", StringComparison.Ordinal) && t.BlankGap(d); d--)
            if (titles.Descriptors.Contains(WithoutPreposition(t.Norm[d - 1]))) return true;
        // المعروف بين أصدقائه بـ"…": a nickname, not a quote.
        if (before >= 1 && t.Norm[before] == "ب")
            for (int d = before - 1; d >= 0 && before - d <= 6; d--)
                if (names.NicknameMarkers.Any(m => m[0] == t.Norm[d])) return true;
        return t.NameMentionAt[firstInside] is { } m && m.Start == pair.Trimmed(t.Text).Start && m.End == pair.Trimmed(t.Text).End;
    }

    private const int MaxShortNameWords = 3;

    // وكتب على منصة "إكس" أن …، وأكد مدير فريق "النجوم" أن …، المحلل في مؤسسة "أكسفورد إيكونوميكس"، في مذكرة: "…": a
    // few words in marks after which the clause still has its complementizer, colon or quotation to come are a name
    // (a platform, a team, a firm), not what was said.
    private bool ShortNameBeforeTheSpeech(QuoteText t, QuotePair pair, int firstInside, int limit)
    {
        int next = t.WordFrom(pair.Close);
        if (next <= firstInside || next - firstInside > MaxShortNameWords || FirstPerson.IsWord(t.Norm[firstInside])) return false;
        for (int k = next; k < limit; k++)
        {
            int gapStart = k == next ? pair.Close + 1 : t.GapStart(k), gapEnd = t.Words[k].Start;
            if (gapEnd > gapStart && (t.Text.AsSpan(gapStart, gapEnd - gapStart).IndexOfAny(':', '：') >= 0 || t.OuterPairOpeningIn(gapStart, gapEnd) is not null)) return true;
            if (ComplementizerAt(t, k) > 0) return true;
        }
        return false;
    }

    private static string WithoutPreposition(string w) => w.Length > 3 && w[0] is 'ب' or 'و' or 'ف' or 'ل' ? w[1..] : w;

    // للصحفيين، للتلفزيون السوري، أمس: said to someone, or when; the speech comes after them.
    private int SkipAddresseesAndTimes(QuoteText t, int k, int limit)
    {
        while (k < limit && t.BlankGap(k))
        {
            string w = t.Norm[k];
            if (titles.Stops.Contains(w)) { k++; continue; }
            if (w.StartsWith("لل", StringComparison.Ordinal) && w.Length > 4)
            {
                k++;
                while (k < limit && t.BlankGap(k) && (t.AdjectiveAt[k] || t.Norm[k].StartsWith("ال", StringComparison.Ordinal) && t.Norm[k].EndsWith('ي'))) k++;
                continue;
            }
            break;
        }
        return k;
    }

    // إذا …، لكن …، سنواصل …، تركيزنا …، لم نرفض …
    private bool StartsVerbatimSpeech(QuoteText t, int k, int limit)
    {
        if (!t.BlankGap(k)) return false;
        string w = t.Norm[k];
        if (cues.SpeechOpeners.MatchAt(t, k) > 0 || FirstPerson.IsWord(w)) return true;
        return cues.Negations.MatchAt(t, k) == 1 && k + 1 < limit && (FirstPerson.IsWord(t.Norm[k + 1]) || FirstPerson.IsVerb(t.Norm[k + 1]));
    }
}
