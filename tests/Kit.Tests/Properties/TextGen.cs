using FsCheck;
using FsCheck.Fluent;

namespace Kit.Tests.Properties;

/// <summary>
/// Generators of hostile text for property tests: Arabic letters and names with clitics mixed with diacritics,
/// tatweel, presentation forms, bidi and zero-width controls, surrogate pairs and lone surrogates, three kinds of
/// digits, quotation marks, every kind of whitespace, HTML, and any UTF-16 code unit at all.
/// </summary>
public static class TextGen
{
    private static readonly string[] Letters = [.. "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئىةٱ".Select(c => c.ToString())];
    private static readonly string[] Marks = ["\u064B", "\u064C", "\u064D", "\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u0670", "\u0653", "\u0301"];
    private static readonly string[] Controls = ["\u200B", "\u200C", "\u200D", "\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\u061C", "\uFEFF", "\u00AD"];
    private static readonly string[] Surrogates = ["😀", "𝐀", "\uD83D", "\uDE00", "\uDE00\uD83D", "👍🏽"];
    private static readonly string[] Digits = ["0", "7", "٣", "٠", "۴", "3.5", "1,000", "٢٠١٥"];
    private static readonly string[] Quotes = ["\"", "“", "”", "«", "»", "„", "'", "‹", "›"];
    private static readonly string[] Spaces = [" ", " ", " ", "\n", "\r\n", "\r", "\t", "\u00A0", "\u2029", "\u2028", "\u3000", "\v", "\f"];
    private static readonly string[] Punctuation = [".", "،", "؟", "!", ":", "؛", "(", ")", "-", "_", "…", "...", "/", "@"];
    private static readonly string[] Odd = ["ـ", "ـــ", "ﻷ", "ﺍ", "ﷲ", "ﷺ", "<script>alert(1)</script>", "</td></table>", "<img src=x onerror=alert(2)>", "&amp;", "a", "Lavrov", "ŞİK", "ß", "ﬁ", "\uFFFE", "\uFFFF", "\uFDD0", "\uFFFD"];
    private static readonly string[] Names = ["لافروف", "سيرغي لافروف", "كيري", "جون كيري", "موسكو", "واشنطن", "الولايات المتحدة", "بوتين", "الأمريكي", "الروسي", "سورية", "سورياً", "البنتاغون", "داعش", "الدولة الإسلامية", "موسكووواشنطن"];
    private static readonly string[] Clitics = ["", "", "و", "ب", "ل", "ف", "ك", "لل", "وب", "ال", "ها", "هم"];
    private static readonly string[] Speech = ["قال", "وقال", "أكد", "إن", "أن", "وأضاف:", "مشاركة :", "اقرأ أيضاً:", "عواصم-"];

    private static Gen<string> Any(string[] choices) => Gen.Elements(choices);

    /// <summary>One piece of text; letters and names most often, but every kind of trouble too.</summary>
    public static Gen<string> Piece { get; } = Gen.Frequency(
        (30, Any(Letters)),
        (10, Any(Spaces)),
        (8, from c in Any(Clitics) from n in Any(Names) from e in Any(Clitics) select c + n + (e.Length > 1 ? e : "")),
        (6, Any(Marks)),
        (4, Any(Controls)),
        (3, Any(Surrogates)),
        (4, Any(Digits)),
        (4, Any(Quotes)),
        (5, Any(Punctuation)),
        (3, Any(Odd)),
        (3, Any(Speech)),
        (3, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())));

    /// <summary>A text of up to a few hundred characters.</summary>
    public static Arbitrary<string> Texts { get; } = Arb.From(Gen.ListOf(Piece).Select(string.Concat), Shrink);

    /// <summary>Text that can be saved to a file: no control characters (those make a file binary) and no lone surrogates.</summary>
    public static Arbitrary<string> FileTexts { get; } = Arb.From(
        Gen.ListOf(Piece).Select(string.Concat).Select(Clean), s => Shrink(s).Select(Clean));

    private static string Clean(string s)
    {
        var chars = s.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            bool pair = char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]);
            if (pair) i++;
            else if (char.IsSurrogate(chars[i]) || (chars[i] < 0x20 && chars[i] is not ('\t' or '\n' or '\v' or '\f' or '\r'))) chars[i] = '?';
        }
        return new string(chars);
    }

    // Smaller texts: each half, then the text without one character (near its start).
    private static IEnumerable<string> Shrink(string s)
    {
        if (s.Length == 0) yield break;
        if (s.Length > 1)
        {
            yield return s[..(s.Length / 2)];
            yield return s[(s.Length / 2)..];
        }
        for (int i = 0; i < Math.Min(s.Length, 64); i++) yield return s.Remove(i, 1);
    }

    /// <summary>Runs a property over many texts (KIT_PROPERTY_RUNS=N multiplies them); a failure throws with the smallest failing text found.</summary>
    public static void Check(Arbitrary<string> texts, Action<string> property, int runs = 400) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(runs * RunFactor).WithEndSize(120), Prop.ForAll(texts, property));

    public static int RunFactor => int.TryParse(Environment.GetEnvironmentVariable("KIT_PROPERTY_RUNS"), out int n) && n > 0 ? n : 1;

    /// <summary>Shows a text with its invisible and odd characters as \uXXXX, for failure messages.</summary>
    public static string Show(string s) =>
        string.Concat(s.Select(c => c is >= ' ' and < '\u007F' || Kit.Normalization.ArabicChars.IsArabicLetter(c) ? c.ToString() : $"\\u{(int)c:X4}"));
}
