using Kit.Caching;
using Kit.Normalization.Steps;

namespace Kit.Normalization;

/// <summary>
/// A chain of named normalization steps (Lucene-style: each step one small class, testable alone).
/// Build one from a profile, switch steps with <see cref="With"/> and <see cref="Without"/>.
/// </summary>
public sealed class ArabicNormalizer
{
    private const int ExamplesPerStep = 5;

    private readonly Lazy<FusedNormalizer?> _fused;

    public ArabicNormalizer(IEnumerable<NormalizationStep> steps)
    {
        Steps = steps.ToArray();
        _fused = new(() => FusedNormalizer.TryCreate(Steps));
    }

    public IReadOnlyList<NormalizationStep> Steps { get; }

    /// <summary>The step names joined by '+': what tells two normalizers apart (PassCounter counts by it).</summary>
    internal string Profile => _profile ??= string.Join("+", Steps.Select(s => s.Name));

    private string? _profile;

    /// <summary>The kit's default for analysis: everything but the two optional, lossy steps (ة → ه, hamza seats).</summary>
    public static ArabicNormalizer Standard { get; } = new(
    [
        new UnicodeCompatibilityStep(), new InvisibleControlsStep(), new DiacriticsStep(), new TatweelStep(),
        new AlefFormsStep(), new AlefMaqsuraStep(), new DigitsStep(), new QuotationMarksStep(), new WhitespaceStep(),
    ]);

    /// <summary>Every step on, including the optional ones: the most forgiving matching (for search, actor names).</summary>
    public static ArabicNormalizer Aggressive { get; } = Standard.With(new TehMarbutaStep()).With(new HamzaSeatsStep());

    /// <summary>Exactly Lucene's ArabicNormalizer.</summary>
    public static ArabicNormalizer Lucene { get; } = new([new LuceneNormalizerStep()]);

    /// <summary>Every step the kit has, in the order they run, for listing in a notebook.</summary>
    public static IReadOnlyList<NormalizationStep> AllSteps => Aggressive.Steps;

    /// <summary>A profile by name: standard, aggressive or lucene.</summary>
    public static ArabicNormalizer ForProfile(string profile) => profile.ToLowerInvariant() switch
    {
        "standard" => Standard,
        "aggressive" => Aggressive,
        "lucene" => Lucene,
        _ => throw new ArgumentException($"Unknown normalization profile '{profile}'. Use standard, aggressive or lucene.", nameof(profile)),
    };

    /// <summary>This chain plus one step (placed before the whitespace step, which stays last).</summary>
    public ArabicNormalizer With(NormalizationStep step)
    {
        var steps = Steps.Where(s => s.Name != step.Name).ToList();
        int at = steps.FindIndex(s => s is WhitespaceStep);
        steps.Insert(at < 0 ? steps.Count : at, step);
        return new ArabicNormalizer(steps);
    }

    /// <summary>This chain without the named steps.</summary>
    public ArabicNormalizer Without(params string[] names)
    {
        foreach (var name in names)
            if (Steps.All(s => s.Name != name))
                throw new ArgumentException($"No step named '{name}'. Steps: {string.Join(", ", Steps.Select(s => s.Name))}", nameof(names));
        return new ArabicNormalizer(Steps.Where(s => !names.Contains(s.Name)));
    }

    /// <summary>Only the first n steps: handy to watch the text change one step at a time.</summary>
    public ArabicNormalizer Take(int n) => new(Steps.Take(n));

    /// <summary>The normalized text alone. Words come back often (stopword lists, quote cues): short ones are remembered per thread.</summary>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_fused.Value is not { } fused) return Normalize(text, collectExamples: false).Text;
        return Apply(text, fused, _words.Value!);
    }

    /// <summary>Apply on every text of a list (the words of a document, say), in order.</summary>
    public string[] ApplyEach(IEnumerable<string> texts)
    {
        Diagnostics.PassCounter.Normalization(Profile);
        if (_fused.Value is not { } fused) return texts.Select(Apply).ToArray();
        var words = _words.Value!; // fetched once, not once a word
        return texts.Select(t => Apply(t, fused, words)).ToArray();
    }

    private static string Apply(string text, FusedNormalizer fused, WordCache<string> words)
    {
        if (text.Length > MaxRememberedWord) return fused.Apply(text);
        if (words.TryGet(text, 0, out var known)) return known;
        string normalized = fused.Apply(text);
        words.Add(text, 0, normalized);
        return normalized;
    }

    private const int MaxRememberedWord = 32;

    private readonly ThreadLocal<WordCache<string>> _words = new(() => new WordCache<string>(1 << 12));

    /// <summary>
    /// Normalizes text, keeping the map back to the original and what each step changed. Without examples it runs
    /// all steps fused in one pass (same result, several times faster); with them, one step at a time.
    /// </summary>
    public NormalizedText Normalize(string text, bool collectExamples = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        Diagnostics.PassCounter.Normalization(Profile);
        if (!collectExamples && _fused.Value is { } fused) return fused.Normalize(text);
        return NormalizeStepByStep(text, collectExamples);
    }

    /// <summary>The teaching path: each step rewrites the whole text in turn, and its changes can be shown.</summary>
    internal NormalizedText NormalizeStepByStep(string text, bool collectExamples)
    {
        // Offsets of the current text into the original: identity to begin with.
        var current = text.AsMemory();
        int[] starts = Enumerable.Range(0, text.Length).ToArray();
        int[] ends = Enumerable.Range(1, text.Length).ToArray();
        var changes = new List<StepChange>(Steps.Count);
        foreach (var step in Steps)
        {
            var output = new OffsetWriter(current.Length + 8);
            step.Apply(current.Span, output);
            var examples = collectExamples && output.Changes > 0
                ? CollectExamples(text, current.Span, starts, ends, output)
                : [];
            changes.Add(new StepChange(step.Name, step.Explanation, output.Changes, examples));
            var newStarts = new int[output.Length];
            var newEnds = new int[output.Length];
            for (int j = 0; j < output.Length; j++)
            {
                newStarts[j] = starts[output.Starts[j]];
                newEnds[j] = ends[output.Ends[j] - 1];
            }
            current = output.Chars.ToArray();
            starts = newStarts;
            ends = newEnds;
        }
        return new NormalizedText(text, current.ToString(), starts, ends, changes);
    }

    // Whole words of the step's input around each change, with the same words after the step.
    private static IReadOnlyList<ChangeExample> CollectExamples(string original, ReadOnlySpan<char> input, int[] starts, int[] ends, OffsetWriter output)
    {
        var examples = new List<ChangeExample>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int o = 0;
        int wordStart = 0;
        for (int i = 0; i <= input.Length && examples.Count < ExamplesPerStep; i++)
        {
            bool boundary = i == input.Length || char.IsWhiteSpace(input[i]);
            if (!boundary) continue;
            // Output characters that came from input[wordStart..i).
            int oStart = o;
            while (o < output.Length && output.Starts[o] < i) o++;
            var before = input[wordStart..i];
            var after = output.Chars[oStart..o].Trim();
            // Most words come through a step unchanged: compared as spans, they make no strings.
            if (before.Length > 0 && !before.SequenceEqual(after) && seen.Add(before.ToString()))
            {
                int originalStart = wordStart < starts.Length ? starts[wordStart] : original.Length;
                int originalEnd = i > 0 && i - 1 < ends.Length ? ends[i - 1] : originalStart;
                examples.Add(new ChangeExample(before.ToString(), after.ToString(), originalStart, originalEnd));
            }
            wordStart = i + 1;
        }
        return examples;
    }

    public override string ToString() => string.Join(" → ", Steps.Select(s => s.Name));
}
