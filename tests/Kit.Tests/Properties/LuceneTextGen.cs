using FsCheck;
using FsCheck.Fluent;

namespace Kit.Tests.Properties;

/// <summary>
/// Text for comparing the lucene profile with Lucene.Net: Arabic words (with clitics, stopwords, the stemmer's
/// prefixes and suffixes), marks, tatweel, presentation forms, both digit sets, Latin, punctuation, URLs and e-mail
/// addresses, zero-width and bidi controls, surrogate pairs, and the spaces between them. Valid UTF-16 only: Lucene
/// reads text as a stream of code points. Only characters Unicode 6.3 knows: Lucene 4.8's word breaking is built
/// from its tables, the kit's from .NET's (see LuceneConformanceTests for the named difference).
/// </summary>
public static class LuceneTextGen
{
    private static readonly string[] Letters = [.. "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱ".Select(c => c.ToString())];
    private static readonly string[] Words = ["والرئيس", "بوتين", "واشنطن", "الولايات", "للتخندق", "وقال", "ولد", "سورية", "المتحدة", "فالأمر", "كالعادة", "بالقول", "مسؤولون", "وزيرات", "لافروف", "من", "في", "على", "أن", "التي", "هذا", "قاله", "كتابها"];
    private static readonly string[] Marks = ["\u064B", "\u064C", "\u064D", "\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u0670", "\u0653", "\u0654", "\u0655"];
    private static readonly string[] Tatweel = ["ـ", "ـــ", "كـــيري", "الـــروس"];
    private static readonly string[] PresentationForms = ["ﻷ", "ﻻ", "ﻹ", "ﺍ", "ﻣﻮﺳﻜﻮ", "ﷲ", "ﷺ", "ﭖ", "ﮐ", "ﻼ", "ﺔ"];
    private static readonly string[] Digits = ["0", "7", "2015", "3.5", "1,000", "٣", "٠", "٢٠١٥", "٣٫٥", "٢٬٥٠٠", "۱۳۹۴", "۴", "١٢٣abc", "a٣b"];
    private static readonly string[] Latin = ["Obama", "PUTIN", "iPhone6", "don't", "U.S.", "co-operation", "G20", "CNN's", "ŞİK", "Ωmega", "ß", "ﬁ", "x:y", "a_b"];
    private static readonly string[] Punctuation = [".", ",", "،", "؛", "؟", "!", ":", "-", "_", "(", ")", "\"", "'", "«", "»", "“", "”", "…", "/", "@", "#", "%", "٪", "$", "€", "&"];
    private static readonly string[] Addresses = ["info@example.com", "a.b@mail.gov.sy", "http://www.example.com/path?q=1", "https://aljazeera.net/news/2015", "www.aljazeera.net", "example.org"];
    private static readonly string[] Controls = ["\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u061C", "\uFEFF", "\u00AD"];
    private static readonly string[] Surrogates = ["😀", "👍🏽", "𝐀", "𝑎", "𠀀", "🇸🇾", "𐎀", "𐌰"];
    private static readonly string[] Spaces = [" ", " ", " ", "\n", "\r\n", "\t", "\u00A0", "\u2029", "\u3000"];

    private static Gen<string> Any(string[] choices) => Gen.Elements(choices);

    /// <summary>One piece of text: Arabic most often, every other kind now and then.</summary>
    public static Gen<string> Piece { get; } = Gen.Frequency(
        (25, Any(Letters)),
        (12, Any(Words)),
        (14, Any(Spaces)),
        (6, Any(Marks)),
        (3, Any(Tatweel)),
        (3, Any(PresentationForms)),
        (4, Any(Digits)),
        (3, Any(Latin)),
        (5, Any(Punctuation)),
        (2, Any(Addresses)),
        (3, Any(Controls)),
        (2, Any(Surrogates)));

    /// <summary>A text of up to a few hundred characters; shrinking drops pieces, then halves.</summary>
    public static Arbitrary<string> Texts { get; } = Arb.From(
        Gen.ListOf(Piece).Select(pieces => string.Concat(pieces)),
        Shrink);

    // Smaller texts that stay valid UTF-16: each half, then the text without one code point (near its start).
    private static IEnumerable<string> Shrink(string s)
    {
        if (s.Length == 0) yield break;
        int half = s.Length / 2;
        if (half > 0 && char.IsLowSurrogate(s[half])) half--;
        if (half > 0)
        {
            yield return s[..half];
            yield return s[half..];
        }
        for (int i = 0; i < Math.Min(s.Length, 64); i++)
        {
            if (char.IsLowSurrogate(s[i])) continue;
            int length = char.IsHighSurrogate(s[i]) && i + 1 < s.Length ? 2 : 1;
            yield return s.Remove(i, length);
        }
    }
}
