namespace Kit.Normalization;

/// <summary>Named Arabic characters and small predicates, so rules read like the Unicode chart.</summary>
public static class ArabicChars
{
    public const char Alef = '\u0627';
    public const char AlefMadda = '\u0622';
    public const char AlefHamzaAbove = '\u0623';
    public const char AlefHamzaBelow = '\u0625';
    public const char AlefWasla = '\u0671';
    public const char WavyHamzaAbove = '\u0672';
    public const char WavyHamzaBelow = '\u0673';
    public const char AlefMaqsura = '\u0649';
    public const char Yeh = '\u064A';
    public const char TehMarbuta = '\u0629';
    public const char Heh = '\u0647';
    public const char Waw = '\u0648';
    public const char WawHamza = '\u0624';
    public const char YehHamza = '\u0626';
    public const char Hamza = '\u0621';
    public const char Tatweel = '\u0640';
    public const char SuperscriptAlef = '\u0670';
    public const char Shadda = '\u0651';

    /// <summary>Lucene's harakat: fathatan .. sukun (U+064B..U+0652), shadda included.</summary>
    public static bool IsLuceneHarakah(char c) => c >= '\u064B' && c <= '\u0652';

    /// <summary>All Arabic diacritics: harakat, extended marks U+0653..U+065F, superscript alef, Quranic marks.</summary>
    public static bool IsDiacritic(char c) =>
        (c >= '\u064B' && c <= '\u065F') || c == SuperscriptAlef
        || (c >= '\u06D6' && c <= '\u06DC') || (c >= '\u06DF' && c <= '\u06E8') || (c >= '\u06EA' && c <= '\u06ED')
        || (c >= '\u0610' && c <= '\u061A');

    public static bool IsArabicLetter(char c) =>
        (c >= '\u0621' && c <= '\u064A') || (c >= '\u0671' && c <= '\u06D3') || c == '\u06D5' || (c >= '\u06FA' && c <= '\u06FC')
        || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC');

    public static bool IsArabicIndicDigit(char c) => c >= '\u0660' && c <= '\u0669';

    public static bool IsPersianDigit(char c) => c >= '\u06F0' && c <= '\u06F9';

    /// <summary>Zero-width characters and bidi controls: invisible, but they split or reorder words.</summary>
    public static bool IsInvisibleControl(char c) =>
        (c >= '\u200B' && c <= '\u200F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064')
        || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u061C' || c == '\u00AD';
}
