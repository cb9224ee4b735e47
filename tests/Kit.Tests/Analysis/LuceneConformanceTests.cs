using Kit.Analysis;
using Kit.Files;
using Kit.Tests.Support;
using Xunit.Abstractions;

namespace Kit.Tests.Analysis;

/// <summary>
/// The lucene profile against Lucene.Net's ArabicAnalyzer (4.8.0-beta00017, matchVersion 4.8), in process: the same
/// terms with the same UTF-16 offsets on the seeds and on the hard cases. LucenePropertyTests does the same on
/// generated text.
/// </summary>
public class LuceneConformanceTests(ITestOutputHelper output)
{
    private static string HardCases => Path.Combine(KitPaths.Root, "tests", "gold", "lucene", "hard-cases.txt");

    private static IEnumerable<string> SeedNames => Directory.GetFiles(KitPaths.Seeds, "*.txt").Select(f => Path.GetFileName(f)).Order();

    public static TheoryData<string> SeedFiles => new(SeedNames);

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Terms_and_offsets_equal_lucene_nets_on_a_seed(string file)
    {
        string text = TextFiles.ReadUtf8(Path.Combine(KitPaths.Seeds, file));
        var lucene = LuceneNet.Analyze(text);
        var kit = LuceneAnalyzer.Default.Analyze(text);
        Assert.True(lucene.SequenceEqual(kit), LuceneConformance.Difference(text, lucene, kit));
    }

    [Fact]
    public void The_five_seeds_give_1972_terms() =>
        Assert.Equal(1972, SeedNames.Sum(file => LuceneNet.Analyze(TextFiles.ReadUtf8(Path.Combine(KitPaths.Seeds, file))).Count));

    [Fact]
    public void Hard_cases_equal_lucene_nets_but_for_the_tatweel_only_word()
    {
        string text = TextFiles.ReadUtf8(HardCases);
        var lucene = LuceneNet.Analyze(text);
        var kit = LuceneAnalyzer.Default.Analyze(text);
        // The difference by design: "و ـــ وحدها" — the word ـــ normalizes to nothing; Lucene emits "", the kit nothing.
        var byDesign = lucene.Where(t => LuceneConformance.IsEmptyTermByDesign(text, t)).ToList();
        Assert.Equal([new Term("", 434, 437)], byDesign);
        Assert.Equal("ـــ", text[434..437]);
        var expected = lucene.Except(byDesign).ToList();
        output.WriteLine($"hard cases: Lucene.Net {lucene.Count} terms, kit {kit.Count}; identical but for the tatweel-only word at 434..437");
        Assert.True(expected.SequenceEqual(kit), LuceneConformance.Difference(text, expected, kit));
    }

    // Lucene 4.8 skips a word longer than 255 UTF-16 units (Java Lucene 4.10.4, the earlier oracle, cut it in pieces).
    [Theory]
    [InlineData(254)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(300)]
    [InlineData(5000)]
    public void A_long_word_is_kept_or_skipped_as_lucene_net_does(int letters)
    {
        string text = $"قبل {new string('ب', letters)} بعد {string.Concat(Enumerable.Repeat("😀ب", letters / 2))} x";
        var lucene = LuceneNet.Analyze(text);
        var kit = LuceneAnalyzer.Default.Analyze(text);
        Assert.True(lucene.SequenceEqual(kit), LuceneConformance.Difference(text, lucene, kit));
    }

    // A named difference, not a bug: Lucene 4.8's word breaking is built from Unicode 6.3's tables, the kit's from .NET's
    // (Unicode 15). A letter assigned later, here Adlam (Unicode 9.0), is a word to the kit and nothing to Lucene.
    [Fact]
    public void Known_difference_letters_unicode_assigned_after_6_3()
    {
        const string adlam = "\U0001E900\U0001E922";
        Assert.Empty(LuceneNet.Analyze(adlam));
        Assert.Equal([new Term("\U0001E922\U0001E922", 0, 4)], LuceneAnalyzer.Default.Analyze(adlam));
    }

    // Another, outside Arabic: Lucene.Net ends a Thai (complex-context) run before a following mark or invisible
    // character, Java Lucene 4.10.4 and the kit keep it in the run (23 of 1,605 terms of the old random-text file).
    [Fact]
    public void Known_difference_a_mark_after_a_thai_letter()
    {
        const string thai = "\u0E01\u0300";
        Assert.Equal([new Term("\u0E01", 0, 1)], LuceneNet.Analyze(thai));
        Assert.Equal([new Term(thai, 0, 2)], LuceneAnalyzer.Default.Analyze(thai));
    }

    [Theory]
    [InlineData("والرئيس", "رئيس")]
    [InlineData("بوتين", "بوت")]
    [InlineData("واشنطن", "اشنطن")]
    [InlineData("الولايات", "ولا")]
    [InlineData("للتخندق", "تخندق")]
    [InlineData("وقال", "قال")]
    [InlineData("ولد", "ولد")]
    public void Light_stemmer_follows_lucenes_rules(string word, string stem)
    {
        Assert.Equal(stem, LuceneStemmer.Stem(global::Kit.Normalization.ArabicNormalizer.Lucene.Apply(word)));
        Assert.Equal(stem, Assert.Single(LuceneNet.Analyze(word)).Text);
    }

    [Fact]
    public void Stopwords_are_savoys_list_with_its_licence_note()
    {
        var text = KitData.ReadText("stopwords-savoy.txt");
        Assert.Contains("Jacques Savoy and is distributed under the BSD license", text);
        Assert.Equal(119, LuceneAnalyzer.Default.Stopwords.Count);
        Assert.Empty(LuceneAnalyzer.Default.Analyze("من في على أن"));
        Assert.Empty(LuceneNet.Analyze("من في على أن"));
    }
}
