using System.Text;
using Kit.Normalization;
using Kit.Normalization.Steps;
using Kit.Tests.Support;

namespace Kit.Tests.Normalization;

/// <summary>
/// The fused one-pass normalizer must give exactly what the steps give one after the other: same text, same offset
/// map, same change count per step. The step-by-step path is the reference (it is what notebook 01 teaches).
/// </summary>
public class FusedNormalizerTests
{
    public static TheoryData<string> Chains => new()
    {
        "standard", "aggressive", "lucene", "standard-without-nfkc", "standard-without-whitespace", "maps-only", "whitespace-only", "nfkc-only", "empty",
    };

    private static ArabicNormalizer Chain(string name) => name switch
    {
        "standard" => ArabicNormalizer.Standard,
        "aggressive" => ArabicNormalizer.Aggressive,
        "lucene" => ArabicNormalizer.Lucene,
        "standard-without-nfkc" => ArabicNormalizer.Standard.Without("nfkc"),
        "standard-without-whitespace" => ArabicNormalizer.Standard.Without("whitespace"),
        "maps-only" => ArabicNormalizer.Standard.Without("nfkc", "whitespace"),
        "whitespace-only" => new ArabicNormalizer([new WhitespaceStep()]),
        "nfkc-only" => new ArabicNormalizer([new UnicodeCompatibilityStep()]),
        "empty" => new ArabicNormalizer([]),
        _ => throw new ArgumentException(name),
    };

    [Theory]
    [MemberData(nameof(Chains))]
    public void Equals_the_steps_one_by_one_on_the_seeds(string chain)
    {
        var normalizer = Chain(chain);
        var fused = FusedNormalizer.TryCreate(normalizer.Steps);
        Assert.NotNull(fused);
        foreach (var document in Seeds.Corpus)
        {
            AssertSame(normalizer.NormalizeStepByStep(document.Text, collectExamples: false), fused.Normalize(document.Text), document.Id);
            AssertSame(normalizer.NormalizeStepByStep(document.AnalysisText, collectExamples: false), fused.Normalize(document.AnalysisText), document.Id);
        }
    }

    [Theory]
    [MemberData(nameof(Chains))]
    public void Equals_the_steps_one_by_one_on_random_strings(string chain)
    {
        var normalizer = Chain(chain);
        var fused = FusedNormalizer.TryCreate(normalizer.Steps)!;
        var random = new Random(8); // fixed: the same strings on every run
        for (int k = 0; k < 3000; k++)
        {
            string text = RandomText(random, random.Next(0, 40));
            AssertSame(normalizer.NormalizeStepByStep(text, collectExamples: false), fused.Normalize(text), Escape(text));
        }
    }

    [Fact]
    public void A_new_chain_shared_by_threads_gives_every_thread_the_steps_result()
    {
        // Each chain works out its tables as characters turn up; threads may do so at the same time.
        var normalizer = ArabicNormalizer.Standard.Without("digits");
        var texts = Seeds.Corpus.Select(d => d.Text).Concat(Enumerable.Range(0, 200).Select(k => RandomText(new Random(k), 30))).ToList();
        var expected = texts.Select(t => normalizer.NormalizeStepByStep(t, collectExamples: false)).ToList();
        Parallel.For(0, 8, _ =>
        {
            for (int k = 0; k < texts.Count; k++)
                AssertSame(expected[k], normalizer.Normalize(texts[k], collectExamples: false), $"text {k}");
        });
    }

    [Theory]
    [MemberData(nameof(Chains))]
    public void Apply_gives_the_text_of_the_steps_one_by_one_remembered_or_not(string chain)
    {
        var normalizer = Chain(chain);
        var random = new Random(80);
        var texts = Seeds.Corpus.Select(d => d.Text).Concat(Enumerable.Range(0, 1000).Select(_ => RandomText(random, random.Next(0, 12)))).ToList();
        foreach (var text in texts.Concat(texts)) // the second time, short texts come from the per-thread memory
            Assert.Equal(normalizer.NormalizeStepByStep(text, collectExamples: false).Text, normalizer.Apply(text));
        Assert.Equal(texts.Select(t => normalizer.NormalizeStepByStep(t, collectExamples: false).Text), normalizer.ApplyEach(texts));
    }

    [Fact]
    public void The_public_path_is_the_fused_one_without_examples_and_the_steps_with_them()
    {
        string text = Seeds.Text("002");
        var fast = ArabicNormalizer.Standard.Normalize(text, collectExamples: false);
        var slow = ArabicNormalizer.Standard.Normalize(text, collectExamples: true);
        AssertSame(slow, fast, "002");
        Assert.All(fast.Changes, c => Assert.Empty(c.Examples));
        Assert.NotEmpty(slow.Changes.Single(c => c.Step == "nfkc").Examples);
    }

    [Fact]
    public void Chains_of_other_shapes_are_not_fused()
    {
        // nfkc after a character map sees already-mapped text: only the step-by-step path is right there.
        Assert.Null(FusedNormalizer.TryCreate([new TatweelStep(), new UnicodeCompatibilityStep()]));
        Assert.Null(FusedNormalizer.TryCreate([new WhitespaceStep(), new TatweelStep()]));
        var chain = new ArabicNormalizer([new TatweelStep(), new UnicodeCompatibilityStep()]);
        Assert.Equal("لأ", chain.Apply("\uFEF7"));
    }

    // Characters that exercise every rule: Arabic letters and marks, hamza that NFKC composes (ا + ٔ → أ),
    // presentation forms and ligatures, digits, quotes, every kind of space and line break, invisible controls,
    // surrogate pairs (whole and broken), Latin with combining accents, and NUL.
    private static readonly string[] Pieces =
    [
        "ا", "ل", "م", "و", "ي", "ة", "ى", "أ", "إ", "آ", "ٱ", "ؤ", "ئ", "ء", "ـ", "\u064E", "\u064B", "\u0651", "\u0670",
        "\u0654", "\u0655", "\u0653", "\u0610", "\u06D6", "\uFEF7", "\uFEFB", "\uFB50", "\uFDFA", "\uFE8D", "٣", "۵", "5",
        "“", "”", "«", "»", "„", "‘", "\"", " ", " ", " ", "  ", "\t", "\u00A0", "\u2003", "\u3000", "\u0085", "\u2028",
        "\r", "\n", "\r\n", "\u200B", "\u200C", "\u200F", "\u202E", "\uFEFF", "\u00AD", "\u061C", "\uD835\uDC00", "\uD83D\uDE00",
        "\uD835", "\uDC00", "e\u0301", "ﬁ", "A", "x", "\0", ".", "،", "؟", "\u0675", "\u00B5", "\u2126",
    ];

    private static string RandomText(Random random, int pieces)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < pieces; i++) sb.Append(Pieces[random.Next(Pieces.Length)]);
        return sb.ToString();
    }

    private static void AssertSame(NormalizedText expected, NormalizedText actual, string what)
    {
        Assert.True(expected.Text == actual.Text, $"{what}: text differs: '{Escape(expected.Text)}' vs '{Escape(actual.Text)}'");
        for (int i = 0; i < expected.Text.Length; i++)
            Assert.True(expected.SourceOf(i) == actual.SourceOf(i),
                $"{what}: character {i} comes from {expected.SourceOf(i)} step by step, {actual.SourceOf(i)} fused");
        Assert.Equal(expected.Changes.Select(c => (c.Step, c.CharactersChanged)), actual.Changes.Select(c => (c.Step, c.CharactersChanged)));
    }

    private static string Escape(string s) => string.Concat(s.Select(c => c < 0x80 && !char.IsControl(c) ? c.ToString() : $"\\u{(int)c:X4}"));
}
