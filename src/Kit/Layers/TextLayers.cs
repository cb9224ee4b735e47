using Kit.Corpus;
using Kit.Normalization;
using Kit.Normalization.Steps;
using Kit.Tokenization;

namespace Kit.Layers;

/// <summary>
/// The layers of one cleaned document, each made once and read by every later stage (spaCy's Doc, in small): the
/// normalized text (kit profile, with its offset map and what each step changed), the words of one word-breaking pass
/// over it (each with its span in the original and its sentence), the sentences of one split and the paragraphs.
/// Views that are the kit text under a further character map (the aggressive profile) share its words and offsets.
/// </summary>
public sealed class TextLayers
{
    private readonly Dictionary<string, NormalizedText> _views = new(StringComparer.Ordinal);

    private TextLayers(Document document, NormalizedText normalized, WordSpan[] words, IReadOnlyList<Sentence> sentences, bool collectedExamples)
    {
        CollectedExamples = collectedExamples;
        Document = document;
        Normalized = normalized;
        Words = words;
        Sentences = sentences;
        SentenceStarts = sentences.Select(s => s.Start).ToArray();
        _views[ArabicNormalizer.Standard.Profile] = normalized;
    }

    public Document Document { get; }

    /// <summary>The cleaned text every offset of the layers points into (same length and offsets as Document.Text).</summary>
    public string Text => Document.AnalysisText;

    /// <summary>The cleaned text normalized with the kit profile, its offset map, and what each step changed.</summary>
    public NormalizedText Normalized { get; }

    /// <summary>The words, in order, from one word-breaking pass over <see cref="Normalized"/>.</summary>
    public IReadOnlyList<WordSpan> Words { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public int[] SentenceStarts { get; }

    public IReadOnlyList<Paragraph> Paragraphs => Document.Paragraphs;

    /// <summary>Whether <see cref="Normalized"/> kept examples of each step's changes.</summary>
    public bool CollectedExamples { get; }

    /// <summary>
    /// The layers of a cleaned document. collectExamples: keep a few before/after words per normalization step (the
    /// report's cleaning table shows those of the first documents).
    /// </summary>
    public static TextLayers Of(Document cleaned, bool collectExamples = false)
    {
        string text = cleaned.AnalysisText;
        var normalized = ArabicNormalizer.Standard.Normalize(text, collectExamples);
        var sentences = SentenceSplitter.Split(text);
        var words = new List<WordSpan>(normalized.Text.Length / 6);
        string n = normalized.Text;
        int position = 0, sentence = 0;
        while (WordBreaker.NextWord(n, ref position, out int start, out int end, out var kind))
        {
            var original = normalized.WordToOriginal(start, end);
            while (sentence + 1 < sentences.Count && original.Start >= sentences[sentence + 1].Start) sentence++;
            words.Add(new WordSpan(start, end, original.Start, original.End, kind, sentence));
        }
        return new TextLayers(cleaned, normalized, [.. words], sentences, collectExamples);
    }

    /// <summary>
    /// The text under a normalizer, when its words are this document's words: the kit profile itself, or the kit
    /// profile followed by character maps that take nothing out (the aggressive profile: ة → ه, hamza seats). Null for
    /// any other normalizer (its words may differ: its user normalizes and breaks the text itself).
    /// </summary>
    public NormalizedText? View(ArabicNormalizer normalizer)
    {
        if (_views.TryGetValue(normalizer.Profile, out var known)) return known;
        if (FurtherMaps(normalizer) is not { } maps) return null;
        var chars = Normalized.Text.ToCharArray();
        var changes = new List<StepChange>(Normalized.Changes);
        foreach (CharMapStep step in maps)
        {
            int changed = 0;
            for (int i = 0; i < chars.Length; i++)
            {
                char mapped = step.MapChar(chars[i]);
                // A map that removes characters or touches spaces would move the words: that view is made apart.
                if (mapped == '\0' || char.IsWhiteSpace(chars[i]) && mapped != chars[i] || char.IsWhiteSpace(mapped) && !char.IsWhiteSpace(chars[i])) return null;
                if (mapped != chars[i]) (chars[i], changed) = (mapped, changed + 1);
            }
            changes.Insert(changes.Count - 1, new StepChange(step.Name, step.Explanation, changed, [])); // before whitespace, as the profile runs them
        }
        var view = Normalized.WithText(new string(chars), changes);
        _views[normalizer.Profile] = view;
        return view;
    }

    // The character maps a normalizer adds to the kit profile, when it is the kit profile with maps after all its steps
    // but the last (whitespace, which a map of letters to letters does not affect): the aggressive profile. Else null.
    private static List<CharMapStep>? FurtherMaps(ArabicNormalizer normalizer)
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
