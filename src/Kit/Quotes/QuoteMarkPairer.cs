using System.Globalization;
using Kit.Text;

namespace Kit.Quotes;

/// <summary>
/// Pairs quotation marks deterministically, as Stanford CoreNLP's QuoteAnnotator does, on one line at a time (a
/// quotation never runs past a line break). « and „ only open, » only closes. “ opens, or closes a „. ” closes,
/// or opens when it stands before a word with no curly quote open (003 writes ” on both sides). The straight "
/// and any mark with space on both sides decide by their neighbours, the way Markdown decides emphasis: a mark
/// before a word opens, a mark after a word closes; with spaces on both sides it closes what is open, else opens.
/// A quote opened inside another is nested (depth 1). Marks left without a partner are ignored.
/// </summary>
public static class QuoteMarkPairer
{
    // The marks and line breaks in two sets of at most five, each searched with a plain vectorized compare (a set of nine,
    // not all ASCII, is searched through a probabilistic map, slower on every character of the text).
    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create(QuotationMarks.All.AsSpan(0, 5));
    private static readonly System.Buffers.SearchValues<char> LastMarkAndBreaks = System.Buffers.SearchValues.Create(QuotationMarks.All[5..] + "\n\r\u2029");

    public static IReadOnlyList<QuotePair> Pair(string text)
    {
        var pairs = new List<QuotePair>();
        var open = new List<(int At, char Mark)>();
        // The next of each set at or after i (-1: none left), searched again only once i has passed it.
        int nextMark = IndexFrom(text, 0, Marks), nextOther = IndexFrom(text, 0, LastMarkAndBreaks);
        for (int i = 0; i < text.Length; i++)
        {
            // Only marks and line breaks matter: jump to the next one.
            if (nextMark >= 0 && nextMark < i) nextMark = IndexFrom(text, i, Marks);
            if (nextOther >= 0 && nextOther < i) nextOther = IndexFrom(text, i, LastMarkAndBreaks);
            if (nextMark < 0 && nextOther < 0) break;
            i = nextMark < 0 ? nextOther : nextOther < 0 ? nextMark : Math.Min(nextMark, nextOther);
            char c = text[i];
            if (c is '\n' or '\r' or '\u2029')
            {
                open.Clear();
                continue;
            }
            if (!QuotationMarks.IsMark(c)) continue;
            bool canOpen = CanOpen(text, i);
            bool canClose = CanClose(text, i);
            switch (c)
            {
                case '«' or '„':
                    open.Add((i, c));
                    break;
                case '»':
                    Close(i, c, m => m == '«');
                    break;
                case '“':
                    if (!(canClose && !canOpen && Close(i, c, m => m == '„'))) open.Add((i, c));
                    break;
                case '”':
                    bool curlyOpen = open.Any(o => o.Mark is '“' or '”' or '„');
                    if (curlyOpen && (canClose || !canOpen)) Close(i, c, m => m is '“' or '”' or '„');
                    else open.Add((i, c));
                    break;
                case '"':
                    bool straightOpen = open.Any(o => o.Mark == '"');
                    if (canOpen && !canClose) open.Add((i, c));
                    else if (straightOpen) Close(i, c, m => m == '"');
                    else open.Add((i, c));
                    break;
            }
        }
        // Made in the order they close: only a line with nested quotes leaves them out of order by their openings.
        if (!InOrderOfOpening(pairs)) pairs.Sort((a, b) => a.Open.CompareTo(b.Open));
        // Depth from the pairs themselves, so a stray mark left open earlier on the line nests nothing: a pair is nested
        // when one opened before it closes after it, that is when the furthest close so far lies beyond its own.
        int furthestClose = -1;
        for (int k = 0; k < pairs.Count; k++)
        {
            var p = pairs[k];
            if (furthestClose > p.Close) pairs[k] = p with { Depth = 1 }; // pairs are made at depth 0: only the nested are remade
            furthestClose = Math.Max(furthestClose, p.Close);
        }
        return pairs;

        // Closes the innermost open mark that fits; marks opened after it are left without a partner.
        bool Close(int at, char mark, Func<char, bool> fits)
        {
            int k = open.Count - 1;
            while (k >= 0 && !fits(open[k].Mark)) k--; // a loop, not FindLastIndex: no closure per mark
            if (k < 0) return false;
            var (openAt, openMark) = open[k];
            open.RemoveRange(k, open.Count - k);
            pairs.Add(new QuotePair(openAt, at, openMark, mark, 0));
            return true;
        }
    }

    private static bool InOrderOfOpening(List<QuotePair> pairs)
    {
        for (int k = 1; k < pairs.Count; k++)
            if (pairs[k].Open < pairs[k - 1].Open) return false;
        return true;
    }

    private static int IndexFrom(string text, int from, System.Buffers.SearchValues<char> set)
    {
        int at = text.AsSpan(from).IndexOfAny(set);
        return at < 0 ? -1 : from + at;
    }

    // Before a word: the next character is not a space, and the one before is a space, the line's start or punctuation.
    private static bool CanOpen(string text, int i)
    {
        char? next = i + 1 < text.Length ? text[i + 1] : null;
        char? prev = i > 0 ? text[i - 1] : null;
        if (next is null || char.IsWhiteSpace(next.Value)) return false;
        return prev is null || char.IsWhiteSpace(prev.Value) || IsPunctuationOrJoiner(prev.Value);
    }

    // After a word: the character before is not a space, and the next is a space, the line's end or punctuation.
    private static bool CanClose(string text, int i)
    {
        char? next = i + 1 < text.Length ? text[i + 1] : null;
        char? prev = i > 0 ? text[i - 1] : null;
        if (prev is null || char.IsWhiteSpace(prev.Value)) return false;
        return next is null || char.IsWhiteSpace(next.Value) || IsPunctuationOrJoiner(next.Value);
    }

    // Tatweel counts as punctuation here: بـ“الفرصة الأخيرة” opens after the stretched ب.
    private static bool IsPunctuationOrJoiner(char c) =>
        c == '\u0640' || char.GetUnicodeCategory(c) is UnicodeCategory.OtherPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.MathSymbol;
}
