namespace Kit.Actors.Discovery;

/// <summary>Which words of a document stand right after the one before with nothing but white space between (a phrase goes on).</summary>
internal static class WordJoins
{
    /// <summary>joined[i] for each word i (false for the first): the finders ask it many times per word, so it is read once.</summary>
    public static bool[] Of(string normalized, IReadOnlyList<(int Start, int End)> words)
    {
        var joined = new bool[words.Count];
        int previousEnd = words.Count > 0 ? words[0].End : 0;
        for (int i = 1; i < joined.Length; i++)
        {
            var (start, end) = words[i];
            joined[i] = normalized.AsSpan(previousEnd, start - previousEnd).IsWhiteSpace();
            previousEnd = end;
        }
        return joined;
    }
}
