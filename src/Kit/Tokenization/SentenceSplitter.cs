using Kit.Text;

namespace Kit.Tokenization;

/// <summary>
/// Splits text into sentences: . ? ! ؟ ۔ and line breaks end a sentence; the Arabic comma does not; a full stop
/// inside a quotation does not cut it (the sentence ends after the closing mark instead); "3.5" is no end.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string text)
    {
        var spans = Spans(text);
        var sentences = new List<Sentence>(spans.Count); // sized once, no LINQ: every document is split
        for (int index = 0; index < spans.Count; index++)
            sentences.Add(Sentence.Within(text, index, spans[index].Start, spans[index].End));
        return sentences;
    }

    /// <summary>Where the sentences are, without copying their text (for finders that only need to know which sentence).</summary>
    public static IReadOnlyList<(int Start, int End)> Spans(string text)
    {
        Diagnostics.PassCounter.SentenceSplit();
        var sentences = new List<(int Start, int End)>();
        int start = 0;
        var quotes = new QuoteTracker();
        int i = 0;
        while (i < text.Length)
        {
            // Only line breaks, terminators and quotation marks matter: jump to the next one (vectorized).
            int skip = text.AsSpan(i).IndexOfAny(Marks);
            if (skip < 0) break;
            i += skip;
            char c = text[i];
            if (c is '\n' or '\r' or '\u2029')
            {
                Add(text, start, i, sentences);
                quotes = new QuoteTracker(); // a quotation never runs past a line break
                start = ++i;
                continue;
            }
            quotes.See(c);
            if (IsTerminator(c) && !IsInsideNumber(text, i))
            {
                int end = i + 1;
                while (end < text.Length && IsTerminator(text[end])) end++; // "؟!" and "..." end once
                if (quotes.Inside)
                {
                    // A full stop right before the closing mark ends the sentence after the mark; elsewhere inside, not at all.
                    int next = SkipSpaces(text, end);
                    if (next < text.Length && QuoteTracker.CanClose(text[next]))
                    {
                        quotes.See(text[next]);
                        end = next + 1;
                    }
                    else
                    {
                        i = end;
                        continue;
                    }
                }
                while (end < text.Length && text[end] is ')' or ']' or '»' or '”' or '"') end++;
                if (end >= text.Length || char.IsWhiteSpace(text[end]))
                {
                    Add(text, start, end, sentences);
                    start = end;
                }
                i = end;
                continue;
            }
            i++;
        }
        Add(text, start, text.Length, sentences);
        return sentences;
    }

    private static readonly System.Buffers.SearchValues<char> Marks = System.Buffers.SearchValues.Create("\n\r\u2029.?!؟۔…" + QuotationMarks.All);

    public static bool IsTerminator(char c) => c is '.' or '?' or '!' or '؟' or '۔' or '…';

    private static bool IsInsideNumber(string text, int i) =>
        text[i] == '.' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] is ' ' or '\t') i++;
        return i;
    }

    private static void Add(string text, int start, int end, List<(int Start, int End)> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add((start, end));
    }

    /// <summary>Whether we are inside a quotation: « » nest; " toggles; “ and ” toggle together (news uses either to open).</summary>
    private struct QuoteTracker
    {
        private int _guillemets;
        private bool _straight;
        private bool _curly;

        public readonly bool Inside => _guillemets > 0 || _straight || _curly;

        public static bool CanClose(char c) => c is '"' or '”' or '»' or '“';

        public void See(char c)
        {
            switch (c)
            {
                case '«': _guillemets++; break;
                case '»': if (_guillemets > 0) _guillemets--; break;
                case '"': _straight = !_straight; break;
                case '“' or '”': _curly = !_curly; break;
                case '„': _curly = true; break;
            }
        }
    }
}
