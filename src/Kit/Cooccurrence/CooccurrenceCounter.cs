using System.Runtime.InteropServices;
using Kit.Actors;
using Kit.Corpus;
using Kit.Tokenization;

namespace Kit.Cooccurrence;

/// <summary>
/// Counts which actors are mentioned in the same window. Feed it one document (or one window) at a time, then Finish():
/// nothing but the tallies is kept between documents, so a large corpus can stream through.
/// In each window every actor counts once and every pair of different actors counts once, however often they are named.
/// </summary>
public sealed class CooccurrenceCounter
{
    private readonly Dictionary<string, Tally> _actors = new(StringComparer.Ordinal);
    // A pair by its two actors' tally numbers (the first actor's in the high half): a long hashes without reading the names.
    private readonly Dictionary<long, PairTally> _pairs = [];
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
        if (Options.Window != Window.Sentence)
        {
            Add(TextWindows.Of(layers, Options.Window), mentions);
            return;
        }
        if (!InSentenceOrder(mentions))
        {
            AddBySentence(layers, mentions);
            return;
        }
        // Most sentences name nobody: they are counted, never made into windows (no copy of their text).
        Windows += layers.Sentences.Count;
        for (int first = 0; first < mentions.Count;)
        {
            int sentence = mentions[first].Sentence;
            _kept.Clear();
            int next = first;
            for (; next < mentions.Count && mentions[next].Sentence == sentence; next++) Keep(mentions[next]);
            CountKept(new PendingWindow(layers, sentence));
            first = next;
        }
    }

    // Mentions come in text order, so their sentences rise; a hand-made list may not, and takes the slower way.
    private static bool InSentenceOrder(IReadOnlyList<Mention> mentions)
    {
        for (int i = 1; i < mentions.Count; i++)
            if (mentions[i].Sentence < mentions[i - 1].Sentence) return false;
        return true;
    }

    private void AddBySentence(Layers.TextLayers layers, IReadOnlyList<Mention> mentions)
    {
        var windows = TextWindows.Of(layers, Window.Sentence);
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
        _kept.Clear();
        foreach (var mention in mentions) Keep(mention);
        CountKept(new PendingWindow(window));
    }

    // The mentions of the current window that count (one list, emptied for each window).
    private readonly List<Mention> _kept = [];

    // The current window's actors, in ordinal order, each with its first mention's type and its mentions here (one list,
    // emptied for each window): one pass over the window's mentions instead of one per actor.
    private readonly List<ActorHere> _actorsHere = [];

    // Adjectives and left-out types do not count; a capital counts as its country when folding.
    private void Keep(Mention mention)
    {
        if (mention.Kind == MentionKind.Adjective && !Options.IncludeAdjectives) return;
        var m = mention;
        if (_folding is not null && _folding.Folds(mention)) m = _folding.Fold(mention);
        if (!Options.Includes(m.Type)) return;
        if (!ReferenceEquals(m, mention)) _folded.Add(new FoldedMention(mention, m.Actor));
        _kept.Add(m);
    }

    private void CountKept(PendingWindow window)
    {
        if (_kept.Count == 0) return;
        if (OneActor())
        {
            // One actor (the usual window): its tally, and no pair to count.
            CountActor(_kept[0].Actor, _kept[0].Type, _kept.Count);
            return;
        }
        var actors = ActorsHere();
        _talliesHere.Clear();
        foreach (var actor in actors) _talliesHere.Add(CountActor(actor.Actor, actor.Type, actor.Mentions));
        TextWindow? made = null; // made once, and only if some pair keeps it as evidence
        int maxEvidence = Options.MaxEvidence;
        for (int i = 0; i < actors.Count; i++)
        for (int j = i + 1; j < actors.Count; j++)
        {
            long key = (long)_talliesHere[i].Number << 32 | (uint)_talliesHere[j].Number; // ordinal order: one key per unordered pair
            ref var pair = ref CollectionsMarshal.GetValueRefOrAddDefault(_pairs, key, out _);
            pair ??= new PairTally(actors[i].Actor, actors[j].Actor);
            // Every window of the pair keeps its place until maxEvidence are kept: the count tells when, without the list.
            if (++pair.Count > maxEvidence) continue; // the first windows, in corpus order; the count goes on
            pair.Places.Add(new WindowPlace(window.Document, window.Start, window.End));
            if (pair.Evidence.Count < (Options.EvidenceText ?? maxEvidence))
                pair.Evidence.Add(new Evidence(made ??= window.Make(), MentionsOf(actors[i].Actor, actors[j].Actor)));
        }
    }

    private bool OneActor()
    {
        foreach (var m in _kept)
            if (m.Actor != _kept[0].Actor) return false;
        return true;
    }

    private Tally CountActor(string actor, string type, int mentions)
    {
        if (!_actors.TryGetValue(actor, out var tally)) _actors[actor] = tally = new Tally(type, _actors.Count);
        tally.Mentions += mentions;
        tally.Windows++;
        return tally;
    }

    // The current window's actors' tallies, in the order of _actorsHere (one list, emptied for each window).
    private readonly List<Tally> _talliesHere = [];

    private List<ActorHere> ActorsHere()
    {
        _actorsHere.Clear();
        foreach (var m in _kept)
        {
            var here = CollectionsMarshal.AsSpan(_actorsHere);
            int at = 0;
            while (at < here.Length && here[at].Actor != m.Actor) at++;
            if (at < here.Length)
            {
                here[at].Mentions++;
                continue;
            }
            // A new actor goes in at its ordinal place (a window has a few): the list is sorted as it is made.
            at = 0;
            while (at < here.Length && string.CompareOrdinal(here[at].Actor, m.Actor) < 0) at++;
            _actorsHere.Insert(at, new ActorHere(m.Actor, m.Type) { Mentions = 1 }); // the type its first mention gives the actor
        }
        return _actorsHere;
    }

    private record struct ActorHere(string Actor, string Type)
    {
        public int Mentions;
    }

    // Both actors' mentions in text order (a's before b's where they start together).
    private List<Mention> MentionsOf(string a, string b) =>
        _kept.Where(m => m.Actor == a).Concat(_kept.Where(m => m.Actor == b)).OrderBy(m => m.Start).ToList();

    // A window known by its place; its text is copied only when it becomes evidence.
    private readonly struct PendingWindow
    {
        private readonly TextWindow? _window;
        private readonly Layers.TextLayers? _layers;
        private readonly Sentence? _sentence;

        public PendingWindow(TextWindow window) => _window = window;

        public PendingWindow(Layers.TextLayers layers, int sentence) => (_layers, _sentence) = (layers, layers.Sentences[sentence]);

        public string Document => _window?.Document ?? _layers!.Document.Id;

        public int Start => _window?.Start ?? _sentence!.Start;

        public int End => _window?.End ?? _sentence!.End;

        public TextWindow Make() => _window ?? TextWindows.Of(_layers!.Document, _sentence!);
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
                var (a, b) = (nodes[p.Value.A], nodes[p.Value.B]);
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

    private sealed class PairTally(string a, string b)
    {
        public string A { get; } = a;

        public string B { get; } = b;

        public int Count { get; set; }

        public List<Evidence> Evidence { get; } = [];

        public List<WindowPlace> Places { get; } = [];
    }

    private sealed class Tally(string type, int number)
    {
        public string Type { get; } = type;

        /// <summary>The actor's place among the tallies (0 for the first counted): half of a pair's key.</summary>
        public int Number { get; } = number;

        public int Mentions { get; set; }

        public int Windows { get; set; }
    }
}
