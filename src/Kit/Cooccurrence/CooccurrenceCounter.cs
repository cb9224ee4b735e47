using Kit.Actors;
using Kit.Corpus;

namespace Kit.Cooccurrence;

/// <summary>
/// Counts which actors are mentioned in the same window. Feed it one document (or one window) at a time, then Finish():
/// nothing but the tallies is kept between documents, so a large corpus can stream through.
/// In each window every actor counts once and every pair of different actors counts once, however often they are named.
/// </summary>
public sealed class CooccurrenceCounter
{
    private readonly Dictionary<string, Tally> _actors = new(StringComparer.Ordinal);
    private readonly Dictionary<(string A, string B), PairTally> _pairs = [];
    private readonly List<FoldedMention> _folded = [];
    private readonly CapitalFolding? _folding;

    public CooccurrenceCounter(CooccurrenceOptions? options = null, Gazetteer? gazetteer = null)
    {
        Options = (options ?? CooccurrenceOptions.Default).Validated();
        Gazetteer = gazetteer ?? Gazetteer.Default;
        _folding = Options.FoldCapitals ? new CapitalFolding(Gazetteer) : null;
    }

    public CooccurrenceOptions Options { get; }

    public Gazetteer Gazetteer { get; }

    /// <summary>Windows seen so far, with or without actors: the N of the measures.</summary>
    public int Windows { get; private set; }

    /// <summary>Cuts the document into the options' windows and counts its mentions (those of this document) in them.</summary>
    public void Add(Document document, IEnumerable<Mention> mentions) =>
        Add(TextWindows.Of(document, Options.Window), mentions.Where(m => m.Document == document.Id));

    /// <summary>
    /// Counts a document whose layers made its mentions: in sentence windows each mention goes to its own sentence,
    /// the layers' sentence its Sentence names (no search: the windows and the mentions share one split).
    /// </summary>
    public void Add(Layers.TextLayers layers, IReadOnlyList<Mention> mentions)
    {
        var windows = TextWindows.Of(layers, Options.Window);
        if (Options.Window != Window.Sentence)
        {
            Add(windows, mentions);
            return;
        }
        var inWindow = new List<Mention>?[windows.Count];
        foreach (var m in mentions) (inWindow[m.Sentence] ??= []).Add(m);
        for (int i = 0; i < windows.Count; i++) AddWindow(windows[i], inWindow[i] ?? (IEnumerable<Mention>)[]);
    }

    /// <summary>Counts the windows of one document; each mention goes to the window its first character lies in.</summary>
    public void Add(IReadOnlyList<TextWindow> windows, IEnumerable<Mention> mentions)
    {
        var inWindow = new List<Mention>?[windows.Count]; // most windows name nobody: their lists are never made
        var starts = windows.Select(w => w.Start).ToArray();
        foreach (var m in mentions)
        {
            int i = Array.BinarySearch(starts, m.Start);
            if (i < 0) i = ~i - 1;
            if (i < 0 || !windows[i].Contains(m.Start) || windows[i].Document != m.Document)
                throw new ArgumentException($"The mention {m} lies in none of the windows given; give the windows of its own document.", nameof(mentions));
            (inWindow[i] ??= []).Add(m);
        }
        for (int i = 0; i < windows.Count; i++) AddWindow(windows[i], inWindow[i] ?? (IEnumerable<Mention>)[]);
    }

    /// <summary>Counts one window: its actors once each, each pair of different actors once, with this window as evidence.</summary>
    public void AddWindow(TextWindow window, IEnumerable<Mention> mentions)
    {
        Windows++;
        if (mentions is IReadOnlyCollection<Mention> { Count: 0 }) return;
        var kept = new List<Mention>();
        foreach (var mention in mentions)
        {
            if (mention.Kind == MentionKind.Adjective && !Options.IncludeAdjectives) continue;
            var m = mention;
            if (_folding is not null && _folding.Folds(mention)) m = _folding.Fold(mention);
            if (!Options.Includes(m.Type)) continue;
            if (!ReferenceEquals(m, mention)) _folded.Add(new FoldedMention(mention, m.Actor));
            kept.Add(m);
        }
        if (kept.Count == 0) return;
        if (kept.TrueForAll(m => m.Actor == kept[0].Actor))
        {
            // One actor (the usual window): its tally, and no pair to count.
            if (!_actors.TryGetValue(kept[0].Actor, out var only)) _actors[kept[0].Actor] = only = new Tally(kept[0].Type);
            only.Mentions += kept.Count;
            only.Windows++;
            return;
        }
        var actors = kept.GroupBy(m => m.Actor).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        foreach (var group in actors)
        {
            if (!_actors.TryGetValue(group.Key, out var tally)) _actors[group.Key] = tally = new Tally(group.First().Type);
            tally.Mentions += group.Count();
            tally.Windows++;
        }
        for (int i = 0; i < actors.Count; i++)
        for (int j = i + 1; j < actors.Count; j++)
        {
            var key = (actors[i].Key, actors[j].Key); // ordinal order: one key per unordered pair
            if (!_pairs.TryGetValue(key, out var pair)) _pairs[key] = pair = new PairTally();
            pair.Count++;
            if (pair.Places.Count >= Options.MaxEvidence) continue; // the first windows, in corpus order; the count goes on
            pair.Places.Add(new WindowPlace(window.Document, window.Start, window.End));
            if (pair.Evidence.Count < (Options.EvidenceText ?? Options.MaxEvidence))
                pair.Evidence.Add(new Evidence(window, actors[i].Concat(actors[j]).OrderBy(m => m.Start).ToList()));
        }
    }

    /// <summary>The nodes, the edges with their measures, and what capital folding did.</summary>
    public CooccurrenceGraph Finish()
    {
        var nodes = _actors
            .Select(p => new ActorNode(p.Key, Gazetteer.NameOf(p.Key), p.Value.Type, p.Value.Mentions, p.Value.Windows))
            .ToDictionary(n => n.Actor, StringComparer.Ordinal);
        int n = Windows;
        var edges = _pairs
            .Where(p => p.Value.Count >= Options.MinCount)
            .Select(p =>
            {
                var (a, b) = (nodes[p.Key.A], nodes[p.Key.B]);
                int both = p.Value.Count;
                return new CooccurrenceEdge(a, b, both,
                    AssociationMeasures.Pmi(both, a.Windows, b.Windows, n),
                    AssociationMeasures.Npmi(both, a.Windows, b.Windows, n),
                    AssociationMeasures.Dice(both, a.Windows, b.Windows),
                    AssociationMeasures.Jaccard(both, a.Windows, b.Windows),
                    p.Value.Evidence.ToList()) { Places = p.Value.Places.ToList() };
            })
            .ToList();
        return new CooccurrenceGraph(Options, n, nodes.Values.ToList(), edges, _folded.ToList());
    }

    private sealed class PairTally
    {
        public int Count { get; set; }

        public List<Evidence> Evidence { get; } = [];

        public List<WindowPlace> Places { get; } = [];
    }

    private sealed class Tally(string type)
    {
        public string Type { get; } = type;

        public int Mentions { get; set; }

        public int Windows { get; set; }
    }
}
