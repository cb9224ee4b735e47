using Kit.Cleaning;
using Kit.Corpus;
using Kit.Files;
using Kit.Tests.Support;

namespace Kit.Tests.Corpus;

public class CleanerTests
{
    [Fact]
    public void Removes_exactly_the_boilerplate_of_the_seeds()
    {
        // Read off the files by hand: the share label ending 001, two "read also" lines in 002, the dateline of 004.
        var removals = Seeds.Corpus.Clean().SelectMany(d => d.Removals).Select(r => (r.DocumentId[..3], r.Rule, r.Text)).ToList();
        Assert.Equal(
            [
                ("001", "share-widget", "مشاركة :"),
                ("002", "read-also", "اقرأ أيضاً: تحذيرات تركية للولايات المتحدة وروسيا"),
                ("002", "read-also", "اقرأ أيضاً: بوتين ورواية محاربة \"الجهاديين\" سورياً: الخطر اﻷكبر داخل روسيا"),
                ("004", "dateline", "عواصم- "),
            ],
            removals);
    }

    [Fact]
    public void Every_bundled_rule_has_a_pattern_generated_at_build()
    {
        // src/Kit/Cleaning/BundledPatterns.cs repeats the patterns of Data/cleaning.json: an edit of one without the other
        // would silently compile the rule at every start again.
        Assert.All(Cleaner.Default.Rules, rule => Assert.NotNull(BundledPatterns.For(rule.Pattern)));
        Assert.Null(BundledPatterns.For(@"^an instructor's own pattern$"));
    }

    [Fact]
    public void Cleaning_keeps_the_original_text_and_its_offsets()
    {
        var original = Seeds.Corpus["004"];
        var cleaned = Cleaner.Default.Clean(original);
        Assert.Equal(original.Text, cleaned.Text);
        Assert.Equal(original.Text.Length, cleaned.AnalysisText.Length);
        var removal = Assert.Single(cleaned.Removals);
        Assert.Equal(removal.Text, original.Text[removal.Span.Start..removal.Span.End]);
        Assert.Equal(new string(' ', removal.Span.Length), cleaned.AnalysisText[removal.Span.Start..removal.Span.End]);
        Assert.StartsWith("تسعى أميركا", cleaned.Body.Single().Text);
    }

    [Fact]
    public void A_hyphen_inside_a_name_at_a_paragraph_start_is_no_dateline()
    {
        // Hand-written: a Korean given name's hyphen (سو-يون) has letters on both sides; the dateline's dash has a space.
        var text = "عنوان\n\nأولسان - بدأ الحوض العمل.\n\nوتعمل كيم سو-يون مهندسة في الحوض.\n";
        var cleaned = Cleaner.Default.Clean(new Document("hyphen", text));
        var removal = Assert.Single(cleaned.Removals);
        Assert.Equal("أولسان - ", removal.Text);
        Assert.Contains("وتعمل كيم سو-يون", cleaned.AnalysisText);
    }

    [Fact]
    public void A_paragraph_that_is_all_boilerplate_disappears_after_cleaning()
    {
        var cleaned = Seeds.Corpus.Clean()["002"];
        Assert.Equal(15, cleaned.Paragraphs.Count);
        Assert.DoesNotContain(cleaned.Paragraphs, p => p.Text.Contains("اقرأ"));
    }

    [Fact]
    public void Rules_can_be_switched_off_by_name()
    {
        var cleaned = Cleaner.Default.Without("dateline").Clean(Seeds.Corpus["004"]);
        Assert.Empty(cleaned.Removals);
    }

    [Fact]
    public void Instructor_rules_with_a_bad_pattern_get_a_clear_error()
    {
        var e = Assert.Throws<KitInputException>(() =>
            Cleaner.FromJson("""{"rules":[{"name":"x","explanation":"y","pattern":"(unclosed"}]}""", "my-rules.json"));
        Assert.StartsWith("my-rules.json: a rule has an invalid pattern", e.Message);
    }

    [Fact]
    public void Instructor_rules_with_broken_json_name_the_line()
    {
        var e = Assert.Throws<KitInputException>(() => Cleaner.FromJson("{\n\"rules\": [\n,]}", "my-rules.json"));
        Assert.StartsWith("my-rules.json: invalid JSON at line 3", e.Message);
    }
}
