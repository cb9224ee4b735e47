namespace Kit.Tokenization;

/// <summary>
/// Unicode word boundaries (UAX #29) as Lucene's StandardTokenizer applies them: letters with their marks stay
/// together, digits with their separators, and only spans holding letters, digits or ideographs are words.
/// A span-based scanner with no allocation: the hot path of every analyzer.
/// </summary>
public static class WordBreaker
{
    /// <summary>Finds the next word at or after position; false at the end of the text.</summary>
    public static bool NextWord(ReadOnlySpan<char> text, ref int position, out int start, out int end, out WordKind kind)
    {
        int i = position;
        if (i == 0) Diagnostics.PassCounter.WordBreak(); // a pass starts at the text's start
        while (i < text.Length)
        {
            var c = ClassAt(text, i, out int next);
            switch (c)
            {
                case WordBreakClass.ALetter or WordBreakClass.HebrewLetter or WordBreakClass.Numeric or WordBreakClass.Katakana or WordBreakClass.ExtendNumLet:
                    int wordEnd = MatchWord(text, i, out bool numeric);
                    if (wordEnd > i)
                    {
                        (start, end, kind, position) = (i, wordEnd, numeric ? WordKind.Number : WordKind.Word, wordEnd);
                        return true;
                    }
                    break;
                case WordBreakClass.Ideographic or WordBreakClass.Hiragana:
                    int ideographEnd = SkipFormatAndExtend(text, next);
                    (start, end, kind, position) = (i, ideographEnd, WordKind.Ideograph, ideographEnd);
                    return true;
                case WordBreakClass.ComplexContext:
                    int runEnd = next;
                    while (runEnd < text.Length && ClassAt(text, runEnd, out int after) is WordBreakClass.ComplexContext or WordBreakClass.Extend or WordBreakClass.Format)
                        runEnd = after;
                    (start, end, kind, position) = (i, runEnd, WordKind.SouthEastAsian, runEnd);
                    return true;
            }
            i = next; // not part of any word: skipped, one character at a time
        }
        (start, end, kind, position) = (text.Length, text.Length, WordKind.Word, text.Length);
        return false;
    }

    // The longest word starting at start, or start itself when none (a lone "_" is no word).
    private static int MatchWord(ReadOnlySpan<char> text, int start, out bool numeric)
    {
        int j = start;
        int lastGoodEnd = start;
        bool hasCore = false;
        bool afterHebrewQuote = false;
        numeric = true;
        var previous = WordBreakClass.Other;
        while (j < text.Length)
        {
            bool justAfterHebrewQuote = afterHebrewQuote;
            afterHebrewQuote = false;
            if (previous != WordBreakClass.Katakana && IsLetterOrDigit(WordBreakClasses.Of(text[j])))
            {
                // Fast path: letters and digits with their marks always join (WB4, WB5, WB8-WB10): one table look-up a character.
                int k = j;
                var last = previous;
                while (k < text.Length)
                {
                    var c = WordBreakClasses.Of(text[k]);
                    if (IsLetterOrDigit(c)) last = c;
                    else if (c is not (WordBreakClass.Extend or WordBreakClass.Format)) break;
                    if (c == WordBreakClass.ALetter) numeric = false;
                    k++;
                }
                hasCore = true;
                previous = last;
                // Most words end at a space or a sign no rule below joins across (class Other or a line break): done.
                if (k == text.Length || (!char.IsHighSurrogate(text[k]) && WordBreakClasses.Of(text[k]) is WordBreakClass.Other or WordBreakClass.LineBreak))
                    return k;
                j = lastGoodEnd = SkipFormatAndExtend(text, k); // marks outside the BMP
                continue;
            }
            var u = ClassAt(text, j, out int next);
            int unitEnd = SkipFormatAndExtend(text, next);
            if (u == WordBreakClass.ExtendNumLet)
            {
                // WB13a/WB13b: "_" joins letters, digits and katakana on either side.
                previous = u;
                j = unitEnd;
                if (hasCore) lastGoodEnd = j;
                continue;
            }
            if (IsCore(u))
            {
                if (justAfterHebrewQuote && u == WordBreakClass.Katakana) break;
                if (previous != WordBreakClass.Other && previous != WordBreakClass.ExtendNumLet && !Joins(previous, u)) break;
                hasCore = true;
                numeric &= u == WordBreakClass.Numeric;
                previous = u;
                j = lastGoodEnd = unitEnd;
                continue;
            }
            if (IsCore(previous) && u is WordBreakClass.MidLetter or WordBreakClass.MidNumLet or WordBreakClass.MidNum or WordBreakClass.SingleQuote or WordBreakClass.DoubleQuote)
            {
                if (unitEnd < text.Length)
                {
                    var v = ClassAt(text, unitEnd, out int vNext);
                    bool letters = IsLetter(previous) && IsLetter(v) && u is WordBreakClass.MidLetter or WordBreakClass.MidNumLet or WordBreakClass.SingleQuote; // WB6, WB7
                    bool digits = previous == WordBreakClass.Numeric && v == WordBreakClass.Numeric && u is WordBreakClass.MidNum or WordBreakClass.MidNumLet or WordBreakClass.SingleQuote; // WB11, WB12
                    bool hebrew = previous == WordBreakClass.HebrewLetter && v == WordBreakClass.HebrewLetter && u == WordBreakClass.DoubleQuote; // WB7b, WB7c
                    if (u == WordBreakClass.DoubleQuote ? hebrew : letters || digits)
                    {
                        previous = v;
                        numeric &= v == WordBreakClass.Numeric;
                        j = lastGoodEnd = SkipFormatAndExtend(text, vNext);
                        continue;
                    }
                }
                if (previous == WordBreakClass.HebrewLetter && u == WordBreakClass.SingleQuote)
                {
                    // WB7a; in Lucene's grammar a letter or digit may go on after the quote (א'ב), but not katakana.
                    j = lastGoodEnd = unitEnd;
                    previous = WordBreakClass.Other;
                    afterHebrewQuote = true;
                    continue;
                }
            }
            break;
        }
        return hasCore ? lastGoodEnd : start;
    }

    private static bool IsCore(WordBreakClass c) =>
        c is WordBreakClass.ALetter or WordBreakClass.HebrewLetter or WordBreakClass.Numeric or WordBreakClass.Katakana;

    private static bool IsLetterOrDigit(WordBreakClass c) => c is WordBreakClass.ALetter or WordBreakClass.Numeric;

    private static bool IsLetter(WordBreakClass c) => c is WordBreakClass.ALetter or WordBreakClass.HebrewLetter;

    // WB5, WB8, WB9, WB10, WB13.
    private static bool Joins(WordBreakClass a, WordBreakClass b) =>
        (a is WordBreakClass.ALetter or WordBreakClass.HebrewLetter or WordBreakClass.Numeric && b is WordBreakClass.ALetter or WordBreakClass.HebrewLetter or WordBreakClass.Numeric)
        || (a == WordBreakClass.Katakana && b == WordBreakClass.Katakana);

    // WB4: format and extend characters belong to what precedes them.
    private static int SkipFormatAndExtend(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && ClassAt(text, i, out int next) is WordBreakClass.Extend or WordBreakClass.Format) i = next;
        return i;
    }

    private static WordBreakClass ClassAt(ReadOnlySpan<char> text, int i, out int next)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            next = i + 2;
            return WordBreakClasses.Of(char.ConvertToUtf32(c, text[i + 1]));
        }
        next = i + 1;
        return WordBreakClasses.Of(c);
    }
}
