using Kit.Actors;
using Kit.Corpus;

namespace Kit.Cooccurrence;

/// <summary>The one-call way: find the actors of a corpus and count who is mentioned with whom.</summary>
public static class Cooccurrence
{
    public static CooccurrenceGraph Count(TextCorpus corpus, Window window) => Count(corpus, new CooccurrenceOptions(window));

    /// <summary>Mentions come from the finder (the bundled gazetteer's by default); the corpus should be cleaned first.</summary>
    public static CooccurrenceGraph Count(IEnumerable<Document> corpus, CooccurrenceOptions? options = null, MentionFinder? finder = null)
    {
        finder ??= MentionFinder.Default;
        var counter = new CooccurrenceCounter(options, finder.Gazetteer);
        foreach (var document in corpus) counter.Add(document, finder.Find(document));
        return counter.Finish();
    }
}
