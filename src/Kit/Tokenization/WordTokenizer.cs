using System.Globalization;

namespace Kit.Tokenization;

/// <summary>Splits text into word tokens on Unicode word boundaries; punctuation becomes tokens when asked.</summary>
public static class WordTokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text, bool punctuation = false)
    {
        var tokens = new List<Token>();
        int position = 0;
        int previousEnd = 0;
        while (WordBreaker.NextWord(text, ref position, out int start, out int end, out var kind))
        {
            if (punctuation) AddPunctuation(text, previousEnd, start, tokens);
            tokens.Add(new Token(text[start..end], start, end, kind));
            previousEnd = end;
        }
        if (punctuation) AddPunctuation(text, previousEnd, text.Length, tokens);
        return tokens;
    }

    /// <summary>Splitting on whitespace only: what a first attempt does, for comparison.</summary>
    public static IReadOnlyList<Token> SplitOnWhitespace(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            if (i > start) tokens.Add(new Token(text[start..i], start, i, WordKind.Word));
        }
        return tokens;
    }

    // Between two words: every visible character that is not a word is a punctuation token.
    private static void AddPunctuation(string text, int from, int to, List<Token> tokens)
    {
        for (int i = from; i < to; i++)
        {
            if (char.IsWhiteSpace(text[i]) || char.GetUnicodeCategory(text[i]) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.Control)
                continue;
            int end = char.IsHighSurrogate(text[i]) && i + 1 < to && char.IsLowSurrogate(text[i + 1]) ? i + 2 : i + 1;
            tokens.Add(new Token(text[i..end], i, end, WordKind.Punctuation));
            i = end - 1;
        }
    }
}
