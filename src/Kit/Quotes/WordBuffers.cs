using Kit.Actors;

namespace Kit.Quotes;

/// <summary>
/// The arrays one document's words are described in (their forms, the name or adjective each starts, the reporting cue at
/// each), kept by one thread from document to document: a new set for every document was allocated and zeroed each time,
/// thousands of words long. Not thread-safe, and one document at a time: the extractor keeps one per thread.
/// </summary>
internal sealed class WordBuffers
{
    private WordForm[] _forms = [];
    private Mention?[] _names = [];
    private bool[] _adjectives = [];
    private ReportingCue?[] _cues = [];

    /// <summary>
    /// The arrays for a document of a number of words, at least that long: the names, adjectives and cues cleared over
    /// those words (the forms are all written before they are read).
    /// </summary>
    public (WordForm[] Forms, Mention?[] Names, bool[] Adjectives, ReportingCue?[] Cues) For(int words)
    {
        if (words > _forms.Length)
        {
            int length = Math.Max(words, _forms.Length * 2);
            (_forms, _names, _adjectives, _cues) = (new WordForm[length], new Mention?[length], new bool[length], new ReportingCue?[length]);
        }
        else
        {
            Array.Clear(_names, 0, words);
            Array.Clear(_adjectives, 0, words);
            Array.Clear(_cues, 0, words);
        }
        return (_forms, _names, _adjectives, _cues);
    }
}
