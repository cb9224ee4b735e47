using Kit.Normalization;
using Kit.Normalization.Steps;
using Kit.Tests.Support;

namespace Kit.Tests.Normalization;

public class ArabicNormalizerTests
{
    [Fact]
    public void Kit_profile_on_a_real_seed_sentence()
    {
        var text = "اقرأ أيضاً: بوتين ورواية محاربة \"الجهاديين\" سورياً: الخطر اﻷكبر داخل روسيا";
        Assert.Equal("اقرا ايضا: بوتين ورواية محاربة \"الجهاديين\" سوريا: الخطر الاكبر داخل روسيا", ArabicNormalizer.Standard.Apply(text));
    }

    [Fact]
    public void Every_normalized_offset_maps_back_into_the_original()
    {
        foreach (var document in Seeds.Corpus)
        {
            var n = ArabicNormalizer.Aggressive.Normalize(document.Text);
            Assert.Equal(new Kit.Text.TextSpan(0, document.Text.Length), n.ToOriginal(0, n.Text.Length));
            int previous = 0;
            for (int i = 0; i < n.Text.Length; i++)
            {
                var span = n.ToOriginal(i, i + 1);
                Assert.InRange(span.Start, previous, document.Text.Length);
                Assert.True(span.End > span.Start);
                previous = span.Start;
            }
        }
    }

    [Fact]
    public void A_ligature_maps_back_to_its_single_character()
    {
        var original = "الخطر اﻷكبر";
        var n = ArabicNormalizer.Standard.Normalize(original);
        int at = n.Text.IndexOf("الاكبر", StringComparison.Ordinal);
        var span = n.ToOriginal(at, at + 6);
        Assert.Equal("اﻷكبر", original[span.Start..span.End]);
        // Both letters that came out of the ligature point at it.
        Assert.Equal(n.ToOriginal(at + 1, at + 2), n.ToOriginal(at + 2, at + 3));
    }

    [Fact]
    public void Removed_characters_leave_the_map_consistent()
    {
        var original = "كـــيري قال";
        var n = ArabicNormalizer.Standard.Normalize(original);
        Assert.Equal("كيري قال", n.Text);
        Assert.Equal("كـــيري", n.OriginalOf(0, 4));
        Assert.Equal("قال", n.OriginalOf(5, 8));
    }

    [Fact]
    public void Report_counts_changes_per_step_with_examples_from_the_text()
    {
        var n = ArabicNormalizer.Standard.Normalize(Seeds.Text("002"));
        var nfkc = n.Changes.Single(c => c.Step == "nfkc");
        Assert.Equal(1, nfkc.CharactersChanged);
        var example = Assert.Single(nfkc.Examples);
        Assert.Equal("اﻷكبر", example.Before);
        Assert.Equal("الأكبر", example.After);
        Assert.Equal("اﻷكبر", Seeds.Text("002")[example.Start..example.End]);
        Assert.Equal(20, n.Changes.Single(c => c.Step == "diacritics").CharactersChanged);
        Assert.Equal(0, n.Changes.Single(c => c.Step == "invisible").CharactersChanged);
    }

    [Fact]
    public void Steps_can_be_switched_off_and_added()
    {
        var noAlef = ArabicNormalizer.Standard.Without("alef-forms");
        Assert.Equal("أمريكا", noAlef.Apply("أمريكا"));
        var withTeh = ArabicNormalizer.Standard.With(new TehMarbutaStep());
        Assert.Equal("سوريه", withTeh.Apply("سورية"));
        Assert.Equal("whitespace", withTeh.Steps[^1].Name);
        Assert.Throws<ArgumentException>(() => ArabicNormalizer.Standard.Without("no-such-step"));
    }

    [Fact]
    public void Lucene_profile_folds_only_what_lucene_folds()
    {
        Assert.Equal("اﻷكبر ٱلسوريه في ٥٠ دقيقه", ArabicNormalizer.Lucene.Apply("اﻷكبر ٱلسورية في ٥٠ دقيقة"));
        Assert.Equal(["lucene"], ArabicNormalizer.Lucene.Steps.Select(s => s.Name));
    }

    [Fact]
    public void Lucene_term_normalizer_agrees_with_the_lucene_profile_on_the_seeds()
    {
        foreach (var document in Seeds.Corpus)
        {
            var buffer = document.Text.ToCharArray();
            int length = LuceneArabicNormalizer.Normalize(buffer);
            Assert.Equal(ArabicNormalizer.Lucene.Apply(document.Text), new string(buffer, 0, length));
        }
    }

    [Fact]
    public void Every_step_has_a_name_and_a_one_line_explanation()
    {
        Assert.All(ArabicNormalizer.AllSteps, s =>
        {
            Assert.Matches("^[a-z-]+$", s.Name);
            Assert.DoesNotContain('\n', s.Explanation);
            Assert.InRange(s.Explanation.Length, 20, 200);
        });
        Assert.Equal(ArabicNormalizer.AllSteps.Count, ArabicNormalizer.AllSteps.Select(s => s.Name).Distinct().Count());
    }
}
