using Kit.Lexicon;

namespace Kit.Quotes;

/// <summary>
/// First-person words mark verbatim speech whose quotation marks were lost ("وقال سنواصل …", "تركيزنا …", "لم نرفض").
/// Tested on normalized words; a few patterns, not a morphological analyzer.
/// </summary>
internal static class FirstPerson
{
    /// <summary>نحن، أنا; سن + verb (سنواصل); a noun or preposition with "our" (تركيزنا، لدينا, not أحيانا).</summary>
    public static bool IsWord(string w) =>
        w is "نحن" or "انا"
        || (w.Length >= 5 && w.StartsWith("سن", StringComparison.Ordinal) && !w.EndsWith("ات", StringComparison.Ordinal))
        || (w.Length >= 4 && w.EndsWith("نا", StringComparison.Ordinal) && !w.EndsWith("انا", StringComparison.Ordinal)
            && !(Clitics.IsConjunction(w[0]) && w.Length == 4)); // وهنا، فهنا: "and here", not "our"

    /// <summary>A "we" verb in the present (نعمل، نرفض): ن and three to five letters. Only trusted after لم/لن/لا or at a sentence start after a quote.</summary>
    public static bool IsVerb(string w) => w.Length is >= 4 and <= 6 && w[0] == 'ن';
}
