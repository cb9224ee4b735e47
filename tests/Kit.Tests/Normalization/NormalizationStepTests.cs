using Kit.Normalization;
using Kit.Normalization.Steps;
using Kit.Tests.Support;

namespace Kit.Tests.Normalization;

/// <summary>Each step alone, on hand-made edge cases and on real seed text.</summary>
public class NormalizationStepTests
{
    private static string Run(NormalizationStep step, string text) => new ArabicNormalizer([step]).Apply(text);

    [Fact]
    public void Nfkc_splits_the_lam_alef_ligature_of_seed_002()
    {
        Assert.Contains("اﻷكبر", Seeds.Text("002"));
        Assert.Contains("الأكبر", Run(new UnicodeCompatibilityStep(), Seeds.Text("002")));
        Assert.Equal("لا", Run(new UnicodeCompatibilityStep(), "\uFEFB"));
        Assert.Equal("a b", Run(new UnicodeCompatibilityStep(), "a\u2003b")); // em space
    }

    [Fact]
    public void Nfkc_composes_alef_with_a_combining_hamza() =>
        Assert.Equal("أ", Run(new UnicodeCompatibilityStep(), "ا\u0654"));

    [Fact]
    public void Diacritics_removes_harakat_shadda_and_superscript_alef()
    {
        Assert.Equal("وبرر", Run(new DiacriticsStep(), "وبرّر"));
        Assert.Equal("ترجم", Run(new DiacriticsStep(), "تُرجم"));
        Assert.Equal("رحمن", Run(new DiacriticsStep(), "رَحْمٰن"));
        Assert.Equal("كتابا", Run(new DiacriticsStep(), "كِتَاباً"));
        // All twenty marks of seed 002 (counted with Python: fathatan, damma, shadda).
        var normalized = new ArabicNormalizer([new DiacriticsStep()]).Normalize(Seeds.Text("002"));
        Assert.Equal(20, normalized.Changes.Single().CharactersChanged);
    }

    [Fact]
    public void Tatweel_is_removed() => Assert.Equal("كيري", Run(new TatweelStep(), "كـــيري"));

    [Fact]
    public void Alef_forms_become_bare_alef() => Assert.Equal("ا ا ا ا ا", Run(new AlefFormsStep(), "أ إ آ ٱ ا"));

    [Fact]
    public void Alef_forms_on_seed_text()
    {
        var text = Run(new AlefFormsStep(), Seeds.Text("004"));
        Assert.Contains("اميركا تسعى", text);
        Assert.DoesNotContain('أ', text);
        Assert.DoesNotContain('إ', text);
    }

    [Fact]
    public void Alef_maqsura_becomes_yeh() => Assert.Equal("علي مصطفي", Run(new AlefMaqsuraStep(), "على مصطفى"));

    [Fact]
    public void Teh_marbuta_is_optional_and_folds_into_heh()
    {
        Assert.Equal("سوريه", Run(new TehMarbutaStep(), "سورية"));
        Assert.DoesNotContain(ArabicNormalizer.Standard.Steps, s => s is TehMarbutaStep);
        Assert.Contains(ArabicNormalizer.Aggressive.Steps, s => s is TehMarbutaStep);
    }

    [Fact]
    public void Hamza_seats_are_optional() => Assert.Equal("مسوول يقري", Run(new HamzaSeatsStep(), "مسؤول يقرئ"));

    [Fact]
    public void Digits_of_both_arabic_kinds_become_ascii() =>
        Assert.Equal("50 دقيقة 2015 1394", Run(new DigitsStep(), "٥٠ دقيقة ٢٠١٥ ۱۳۹۴"));

    [Fact]
    public void Quotation_marks_are_unified_on_seed_003()
    {
        Assert.Contains('\u201D', Seeds.Text("003"));
        var text = Run(new QuotationMarksStep(), Seeds.Text("003"));
        Assert.DoesNotContain('\u201D', text);
        Assert.DoesNotContain('\u201C', text);
        Assert.Equal("\"نعم\" 'لا'", Run(new QuotationMarksStep(), "«نعم» ‘لا’"));
    }

    [Fact]
    public void Invisible_controls_are_removed() =>
        Assert.Equal("واشنطن", Run(new InvisibleControlsStep(), "وا\u200Cشن\u200Dط\u200Fن\u202E\uFEFF"));

    [Fact]
    public void Whitespace_collapses_but_keeps_line_breaks() =>
        Assert.Equal("قال كيري\nثم\n\nانتهى", Run(new WhitespaceStep(), "قال  \t كيري\r\nثم\n\u00A0\nانتهى"));

    [Fact]
    public void Lucene_step_is_exactly_lucenes_rules()
    {
        // GUIDE §6: آ أ إ → ا, ى → ي, ة → ه, tatweel and U+064B..U+0652 deleted; nothing else.
        Assert.Equal("ااا يه كتب", Run(new LuceneNormalizerStep(), "آأإ ىة كـَتَبّ"));
        Assert.Equal("ٱ ٰ ٥ ؤ ئ \uFEF7", Run(new LuceneNormalizerStep(), "ٱ ٰ ٥ ؤ ئ \uFEF7"));
    }

    // Characters each step rewrites in the five seeds, counted with Python's str.count on the files.
    [Theory]
    [InlineData("alef-maqsura", 94)]
    [InlineData("alef-forms", 363)]
    [InlineData("teh-marbuta", 359)]
    [InlineData("hamza-seats", 53)]
    [InlineData("quotes", 6)]
    [InlineData("tatweel", 0)]
    [InlineData("digits", 0)]
    [InlineData("invisible", 0)]
    public void Each_step_changes_as_many_seed_characters_as_the_seeds_hold(string step, int expected)
    {
        var normalizer = new ArabicNormalizer([ArabicNormalizer.AllSteps.Single(s => s.Name == step)]);
        int changed = Seeds.Corpus.Sum(d => normalizer.Normalize(d.Text, collectExamples: false).Changes.Single().CharactersChanged);
        Assert.Equal(expected, changed);
    }
}
