using Kit.Actors;
using Kit.Caching;

namespace Kit.Quotes;

/// <summary>
/// The arrays one document's words are described in (their forms, the name or adjective each starts, the reporting cue at
/// each), kept by one thread from document to document: a new set for every document was allocated and zeroed each time,
/// thousands of words long. Not thread-safe, and one document at a time: the extractor keeps one per thread.
/// </summary>
internal sealed class WordBuffers
{
    private WordForm[]? _forms;
    private Mention?[]? _names;
    private bool[]? _adjectives;
    private ReportingCue?[]? _cues;

    /// <summary>
    /// The arrays for a document of a number of words, at least that long (grown and capped as ThreadBuffers grows its
    /// own): the names, adjectives and cues cleared over those words (the forms are all written before they are read).
    /// </summary>
    public (WordForm[] Forms, Mention?[] Names, bool[] Adjectives, ReportingCue?[] Cues) For(int words)
    {
        var names = ThreadBuffers.Reused(ref _names, words);
        var adjectives = ThreadBuffers.Reused(ref _adjectives, words);
        var cues = ThreadBuffers.Reused(ref _cues, words);
        Array.Clear(names, 0, words);
        Array.Clear(adjectives, 0, words);
        Array.Clear(cues, 0, words);
        return (ThreadBuffers.Reused(ref _forms, words), names, adjectives, cues);
    }
}
