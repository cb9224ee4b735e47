namespace Kit.Quotes;

/// <summary>A plain array of normalized words as an <see cref="IWordSequence"/> (no copy).</summary>
internal readonly struct WordArray(string[] words) : IWordSequence
{
    public int Length => words.Length;

    public string this[int word] => words[word];
}
