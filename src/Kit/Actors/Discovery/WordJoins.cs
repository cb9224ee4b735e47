namespace Kit.Actors.Discovery;

/// <summary>Which words of a document stand right after the one before with nothing but white space between (a phrase goes on).</summary>
internal static class WordJoins
{
    /// <summary>joined[i] for each word i (false for the first): the finders ask it many times per word, so it is read once.</summary>
    public static bool[] Of(string normalized, IReadOnlyList<(int Start, int End)> words) =>
        Of(normalized, words is ArraySegment<(int Start, int End)> segment ? segment.AsSpan() : [.. words]);

    /// <inheritdoc cref="Of(string, IReadOnlyList{ValueTuple{int, int}})"/>
    public static bool[] Of(string normalized, ReadOnlySpan<(int Start, int End)> words)
    {
        var joined = new bool[words.Length];
        int previousEnd = words.Length > 0 ? words[0].End : 0;
        for (int i = 1; i < joined.Length; i++)
        {
            var (start, end) = words[i];
            joined[i] = normalized.AsSpan(previousEnd, start - previousEnd).IsWhiteSpace();
            previousEnd = end;
        }
        return joined;
    }
}
