using System.Globalization;

namespace Kit.Tokenization;

/// <summary>The Word_Break property of Unicode's word-boundary rules (UAX #29, the version Lucene 4.10 implements).</summary>
public enum WordBreakClass : byte
{
    Other,
    LineBreak,
    Extend,
    Format,
    ALetter,
    HebrewLetter,
    Numeric,
    Katakana,
    ExtendNumLet,
    MidLetter,
    MidNumLet,
    MidNum,
    SingleQuote,
    DoubleQuote,
    Ideographic,
    Hiragana,
    ComplexContext,
}

/// <summary>Classifies characters by Word_Break; the Basic Multilingual Plane is a precomputed table.</summary>
public static class WordBreakClasses
{
    private static readonly WordBreakClass[] Bmp = BuildTable();

    public static WordBreakClass Of(char c) => Bmp[c];

    public static WordBreakClass Of(int codePoint) => codePoint <= 0xFFFF ? Bmp[codePoint] : Classify(codePoint);

    private static WordBreakClass[] BuildTable()
    {
        var table = new WordBreakClass[0x10000];
        for (int c = 0; c < table.Length; c++)
            table[c] = c is >= 0xD800 and <= 0xDFFF ? WordBreakClass.Other : Classify(c);
        return table;
    }

    internal static WordBreakClass Classify(int cp)
    {
        switch (cp)
        {
            case 0x0A or 0x0B or 0x0C or 0x0D or 0x85 or 0x2028 or 0x2029: return WordBreakClass.LineBreak;
            case 0x27: return WordBreakClass.SingleQuote;
            case 0x22: return WordBreakClass.DoubleQuote;
            case 0x3A or 0xB7 or 0x387 or 0x5F4 or 0x2027 or 0xFE13 or 0xFE55 or 0xFF1A: return WordBreakClass.MidLetter;
            case 0x2E or 0x2018 or 0x2019 or 0x2024 or 0xFE52 or 0xFF07 or 0xFF0E: return WordBreakClass.MidNumLet;
            case 0x2C or 0x3B or 0x37E or 0x589 or 0x60C or 0x60D or 0x66C or 0x7F8 or 0x2044 or 0xFE10 or 0xFE14 or 0xFE50 or 0xFE54 or 0xFF0C or 0xFF1B:
                return WordBreakClass.MidNum;
            case 0x5F or 0x203F or 0x2040 or 0x2054 or 0xFE33 or 0xFE34 or 0xFE4D or 0xFE4E or 0xFE4F or 0xFF3F: return WordBreakClass.ExtendNumLet;
            case 0x200C or 0x200D: return WordBreakClass.Extend;
            case 0x200B: return WordBreakClass.Other;
            case 0x66B: return WordBreakClass.Numeric; // Arabic decimal separator: Line_Break=Numeric
            case 0x5F3: return WordBreakClass.ALetter;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(cp);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark)
            return IsComplexContext(cp) ? WordBreakClass.ComplexContext : WordBreakClass.Extend;
        if (category == UnicodeCategory.Format) return WordBreakClass.Format;
        if (IsKatakana(cp)) return WordBreakClass.Katakana;
        if (cp is >= 0x3041 and <= 0x309F && category is UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter) return WordBreakClass.Hiragana;
        if (IsIdeographic(cp)) return WordBreakClass.Ideographic;
        if (category == UnicodeCategory.DecimalDigitNumber)
            return cp is >= 0xFF10 and <= 0xFF19 ? WordBreakClass.Other : WordBreakClass.Numeric;
        if (IsComplexContext(cp) && category is UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter) return WordBreakClass.ComplexContext;
        if (IsHebrewLetter(cp)) return WordBreakClass.HebrewLetter;
        if (category is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber)
            return WordBreakClass.ALetter;
        // Alphabetic symbols that UAX #29 counts as letters: circled letters, spacing modifier symbols.
        if (cp is >= 0x24B6 and <= 0x24E9 or >= 0x2C2 and <= 0x2C5 or >= 0x2D2 and <= 0x2D7 or >= 0x2DE and <= 0x2DF or >= 0x2E5 and <= 0x2EB or 0x2ED or >= 0x2EF and <= 0x2FF)
            return WordBreakClass.ALetter;
        return WordBreakClass.Other;
    }

    private static bool IsKatakana(int cp) =>
        cp is >= 0x30A0 and <= 0x30FA or >= 0x30FC and <= 0x30FF or >= 0x31F0 and <= 0x31FF or >= 0x32D0 and <= 0x32FE
            or >= 0x3300 and <= 0x3357 or >= 0xFF66 and <= 0xFF9D or >= 0x3031 and <= 0x3035 or 0x309B or 0x309C or 0x1B000;

    private static bool IsIdeographic(int cp) =>
        cp is >= 0x3400 and <= 0x4DBF or >= 0x4E00 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x2FFFF
            or >= 0x3005 and <= 0x3007 or >= 0x3021 and <= 0x3029 or >= 0x3038 and <= 0x303B;

    // Scripts written without spaces (Thai, Lao, Myanmar, Khmer, Tai): Line_Break=Complex_Context.
    private static bool IsComplexContext(int cp) =>
        cp is >= 0x0E00 and <= 0x0EFF or >= 0x1000 and <= 0x109F or >= 0x1780 and <= 0x17FF or >= 0x1950 and <= 0x19DF
            or >= 0x1A20 and <= 0x1AAF or >= 0xAA60 and <= 0xAADF or >= 0xA9E0 and <= 0xA9FF;

    private static bool IsHebrewLetter(int cp) =>
        cp is >= 0x5D0 and <= 0x5EA or >= 0x5F0 and <= 0x5F2 or 0xFB1D or >= 0xFB1F and <= 0xFB28 or >= 0xFB2A and <= 0xFB4F;
}
