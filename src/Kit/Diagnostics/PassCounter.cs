namespace Kit.Diagnostics;

/// <summary>
/// Counts, on the current thread, the whole-text passes the kit makes: word breaking, sentence splitting and each
/// normalization profile. Tests read it to prove a document is analyzed once (tests/Kit.Tests/Layers/PassCounterTests.cs).
/// </summary>
internal static class PassCounter
{
    [ThreadStatic] private static int _wordBreaks;
    [ThreadStatic] private static int _sentenceSplits;
    [ThreadStatic] private static Dictionary<string, int>? _normalizations;

    public static int WordBreaks => _wordBreaks;

    public static int SentenceSplits => _sentenceSplits;

    /// <summary>Whole-text normalizations per profile (its step names joined by '+').</summary>
    public static IReadOnlyDictionary<string, int> Normalizations => _normalizations ??= new(StringComparer.Ordinal);

    public static void Reset()
    {
        _wordBreaks = 0;
        _sentenceSplits = 0;
        _normalizations?.Clear();
    }

    public static void WordBreak() => _wordBreaks++;

    public static void SentenceSplit() => _sentenceSplits++;

    public static void Normalization(string profile)
    {
        var counts = _normalizations ??= new(StringComparer.Ordinal);
        counts[profile] = counts.GetValueOrDefault(profile) + 1;
    }
}
