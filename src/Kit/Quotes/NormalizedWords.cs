namespace Kit.Quotes;

/// <summary>
/// A document's words normalized like the data files, read through each word's form (which holds its shared string):
/// the document keeps one array of forms, not a second array of strings filled in beside it for every word.
/// </summary>
internal readonly struct NormalizedWords(WordForm[] forms, int count) : IWordSequence
{
    /// <summary>The normalized word.</summary>
    public string this[int word]
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)] // read by every rule
        get => (uint)word < (uint)count ? forms[word].Norm : throw new IndexOutOfRangeException(); // the forms' array may be longer than the document
    }

    /// <summary>How many words.</summary>
    public int Length => count;
}
