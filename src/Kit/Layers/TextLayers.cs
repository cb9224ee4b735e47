using Kit.Corpus;
using Kit.Normalization;
using Kit.Normalization.Steps;
using Kit.Tokenization;

namespace Kit.Layers;

/// <summary>
/// The layers of one cleaned document, each made once and read by every later stage (spaCy's Doc, in small): the
/// normalized text (standard profile, with its offset map and what each step changed), the words of one word-breaking pass
/// over it (each with its span in the original and its sentence), the sentences of one split and the paragraphs.
/// Views that are the kit text under a further character map (the aggressive profile) share its words and offsets.
/// </summary>
public sealed class TextLayers
{
    // The views made beyond the standard profile's own text, by profile: made when a first one is (one document, one dictionary less).
    private Dictionary<string, NormalizedText>? _views;

    private readonly List<WordSpan> _words;

    private TextLayers(Document document, NormalizedText normalized, List<WordSpan> words, IReadOnlyList<Sentence> sentences, int[] sentenceStarts, bool collectedExamples)
    {
        CollectedExamples = collectedExamples;
        Document = document;
        Normalized = normalized;
        _words = words;
        Sentences = sentences;
        SentenceStarts = sentenceStarts;
    }

    public Document Document { get; }

    /// <summary>The cleaned text every offset of the layers points into (same length and offsets as Document.Text).</summary>
    public string Text => Document.AnalysisText;

    /// <summary>The cleaned text normalized with the standard profile, its offset map, and what each step changed.</summary>
    public NormalizedText Normalized { get; }

    /// <summary>The words, in order, from one word-breaking pass over <see cref="Normalized"/>.</summary>
    public IReadOnlyList<WordSpan> Words => _words;

    /// <summary>The same words as a span: read in a loop without an interface call a word.</summary>
    internal ReadOnlySpan<WordSpan> WordSpans => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_words);

    /// <summary>
    /// Words given as a list (the layers' <see cref="Words"/>, passed on by the finders) as a span: the list or array itself,
    /// any other list copied once, none (null) empty. A finder reads each word's form id by span, not by an interface call a word.
    /// </summary>
    internal static ReadOnlySpan<WordSpan> SpanOf(IReadOnlyList<WordSpan>? words) => words switch
    {
        null => default,
        List<WordSpan> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        WordSpan[] array => array,
        _ => words.ToArray(),
    };

    public IReadOnlyList<Sentence> Sentences { get; }

    public int[] SentenceStarts { get; }

    public IReadOnlyList<Paragraph> Paragraphs => Document.Paragraphs;

    /// <summary>Whether examples of each step's changes were asked for (<see cref="NormalizedWithExamples"/>).</summary>
    public bool CollectedExamples { get; }

    private NormalizedText? _withExamples;

    /// <summary>
    /// The kit text again, normalized one step at a time so that each step's examples are kept: made on first request
    /// only (the report asks while its cleaning table still lacks examples), since it costs several fused passes.
    /// </summary>
    public NormalizedText NormalizedWithExamples() =>
        _withExamples ??= ArabicNormalizer.Standard.Normalize(Text, collectExamples: true);

    /// <summary>
    /// The layers of a cleaned document. collectExamples: keep a few before/after words per normalization step (the
    /// report's cleaning table shows those of the first documents).
    /// </summary>
    public static TextLayers Of(Document cleaned, bool collectExamples = false)
    {
        string text = cleaned.AnalysisText;
        // Always the fused pass: the examples, when wanted, are made apart and only if asked (NormalizedWithExamples).
        var normalized = ArabicNormalizer.Standard.Normalize(text, collectExamples: false);
        var sentences = SentenceSplitter.Split(text);
        var starts = StartsOf(sentences); // read for every word below: an array, not the list's interface
        // Found into the thread's buffer, then copied into a list of their number: an estimate from the length left a
        // sixth of the list unused (news words average 5-6 characters with their space) or doubled it when short.
        var found = Caching.ThreadBuffers.Reused(ref _threadWords, normalized.Text.Length / 4 + 16);
        int count = 0;
        string n = normalized.Text;
        int position = 0, sentence = 0, segment = 0;
        while (WordBreaker.NextWord(n, ref position, out int start, out int end, out var kind))
        {
            var original = normalized.WordToOriginal(start, end, ref segment);
            while (sentence + 1 < starts.Length && original.Start >= starts[sentence + 1]) sentence++;
            Caching.Vocabulary.Intern(n.AsSpan(start, end - start), out int form); // the form's id, given once here
            if (count == found.Length) found = Caching.ThreadBuffers.Doubled(ref _threadWords, found);
            found[count++] = new WordSpan(start, end, original.Start, original.End, kind, sentence) { Form = form };
        }
        var words = new List<WordSpan>(count);
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(words, count);
        found.AsSpan(0, count).CopyTo(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words));
        return new TextLayers(cleaned, normalized, words, sentences, starts, collectExamples); // the list itself: no copy
    }

    // The thread's array for a document's words being found (Caching.ThreadBuffers): copied out before the next document.
    [ThreadStatic] private static WordSpan[]? _threadWords;

    private static int[] StartsOf(IReadOnlyList<Sentence> sentences)
    {
        var starts = new int[sentences.Count];
        for (int i = 0; i < starts.Length; i++) starts[i] = sentences[i].Start;
        return starts;
    }

    /// <summary>
    /// The text under a normalizer, when its words are this document's words: the standard profile itself, or the standard
    /// profile followed by character maps that take nothing out (the aggressive profile: ة → ه, hamza seats). Null for
    /// any other normalizer (its words may differ: its user normalizes and breaks the text itself).
    /// </summary>
    public NormalizedText? View(ArabicNormalizer normalizer)
    {
        if (normalizer.Profile == ArabicNormalizer.Standard.Profile) return Normalized;
        if (_views is not null && _views.TryGetValue(normalizer.Profile, out var known)) return known;
        if (FurtherMaps.Of(normalizer) is not { } maps) return null;
        var changedPerMap = new int[maps.Maps.Count];
        if (maps.Apply(Normalized.Text, changedPerMap) is not { } text) return null;
        var changes = new List<StepChange>(Normalized.Changes.Count + maps.Maps.Count);
        changes.AddRange(Normalized.Changes);
        for (int s = 0; s < maps.Maps.Count; s++) // before whitespace, as the profile runs them
            changes.Insert(changes.Count - 1, new StepChange(maps.Maps[s].Name, maps.Maps[s].Explanation, changedPerMap[s], []));
        var view = Normalized.WithText(text, changes);
        (_views ??= new(StringComparer.Ordinal))[normalizer.Profile] = view;
        return view;
    }

    // The character maps a normalizer adds to the standard profile, when it is the standard profile with maps after all its steps
    // but the last (whitespace, which a map of letters to letters does not affect): the aggressive profile. Else null.
    internal static List<CharMapStep>? FurtherMapsOf(ArabicNormalizer normalizer)
    {
        var kit = ArabicNormalizer.Standard.Steps.Select(s => s.Name).ToList();
        var ownSteps = normalizer.Steps.Where(s => kit.Contains(s.Name)).Select(s => s.Name);
        if (!ownSteps.SequenceEqual(kit)) return null;
        var maps = new List<CharMapStep>();
        int kitSeen = 0;
        foreach (var step in normalizer.Steps)
        {
            if (kit.Contains(step.Name)) kitSeen++;
            else if (step is CharMapStep map && kitSeen == kit.Count - 1) maps.Add(map);
            else return null;
        }
        return maps;
    }

    /// <summary>The sentence holding an offset of the original (the last that starts at or before it).</summary>
    public int SentenceOf(int offset)
    {
        int index = Array.BinarySearch(SentenceStarts, offset);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }
}
