namespace Kit.Quotes;

/// <summary>
/// A document's words normalized like the data files, read through each word's form (which holds its shared string):
/// the document keeps one array of forms, not a second array of strings filled in beside it for every word.
/// </summary>
internal readonly struct NormalizedWords(WordForm[] forms, int count)
{
    /// <summary>The normalized word.</summary>
    public string this[int word]
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // read by every rule
        get => (uint)word < (uint)count ? forms[word].Norm : throw new IndexOutOfRangeException(); // the forms' array may be longer than the document
    }

    /// <summary>How many words.</summary>
    public int Length => count;

    /// <summary>The words as an array of their own (for a rule that reads a plain array).</summary>
    public string[] ToArray()
    {
        var words = new string[count];
        for (int k = 0; k < words.Length; k++) words[k] = forms[k].Norm;
        return words;
    }
}
