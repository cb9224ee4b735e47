namespace Kit.Quotes;

/// <summary>
/// A document's words normalized like the data files, read through each word's form (which holds its shared string):
/// the document keeps one array of forms, not a second array of strings filled in beside it for every word.
/// </summary>
internal readonly struct NormalizedWords(WordForm[] forms)
{
    /// <summary>The normalized word.</summary>
    public string this[int word]
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // read by every rule
        get => forms[word].Norm;
    }

    /// <summary>How many words.</summary>
    public int Length => forms.Length;

    /// <summary>The words as an array of their own (for a rule that reads a plain array).</summary>
    public string[] ToArray()
    {
        var words = new string[forms.Length];
        for (int k = 0; k < words.Length; k++) words[k] = forms[k].Norm;
        return words;
    }
}
