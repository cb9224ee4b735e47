using Kit.Actors;
using Kit.Corpus;
using Kit.Display;

namespace Kit.Cooccurrence;

/// <summary>The one-call way: find the actors of a corpus and count who is mentioned with whom.</summary>
public static class Cooccurrences
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

    /// <summary>
    /// Some pairs side by side in several counts (e.g. sentence, paragraph, document windows): in how many windows they
    /// meet, out of how many, and their NPMI, which can be compared across windows where counts cannot.
    /// </summary>
    public static HtmlTable Compare(IReadOnlyList<CooccurrenceGraph> counts, params (string A, string B)[] pairs)
    {
        var columns = new List<(string, Func<(string A, string B), object?>)>
        {
            ("pair", p => $"{Name(counts, p.A)} — {Name(counts, p.B)}"),
        };
        foreach (var g in counts)
        {
            columns.Add(($"{g.Options.ShortName}: {g.Window.Name()}s (of {g.Windows})", p => g.Count(p.A, p.B)));
            columns.Add(($"{g.Options.ShortName}: NPMI", p => g.Contains(p.A) && g.Contains(p.B) ? g.Edge(p.A, p.B)?.Npmi : null));
        }
        return HtmlTable.Of(pairs, [.. columns]);
    }

    private static string Name(IReadOnlyList<CooccurrenceGraph> counts, string actor) =>
        counts.FirstOrDefault(g => g.Contains(actor))?.Node(actor).Name ?? actor;
}
