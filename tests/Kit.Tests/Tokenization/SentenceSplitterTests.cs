using Kit.Tokenization;
using Kit.Tests.Support;

namespace Kit.Tests.Tokenization;

public class SentenceSplitterTests
{
    private static IEnumerable<string> Split(string text) => SentenceSplitter.Split(text).Select(s => s.Text);

    [Fact]
    public void Full_stops_question_and_exclamation_marks_end_sentences_the_arabic_comma_does_not() =>
        Assert.Equal(["قال كيري، ثم غادر.", "هل يعود؟", "نعم!", "انتهى۔", "أخيرا"], Split("قال كيري، ثم غادر. هل يعود؟ نعم! انتهى۔ أخيرا"));

    [Fact]
    public void A_line_break_ends_a_sentence() => Assert.Equal(["عنوان", "نص."], Split("عنوان\n\nنص."));

    [Fact]
    public void A_quotation_is_not_cut_at_a_full_stop_inside_it() =>
        Assert.Equal(["قال \"نحن هنا. وسنبقى\" ثم غادر.", "وعاد."], Split("قال \"نحن هنا. وسنبقى\" ثم غادر. وعاد."));

    [Fact]
    public void A_full_stop_before_the_closing_mark_ends_the_sentence_after_it() =>
        Assert.Equal(["قال ”نحن هنا.”", "ثم غادر."], Split("قال ”نحن هنا.” ثم غادر."));

    [Fact]
    public void Decimal_numbers_do_not_end_sentences() => Assert.Equal(["بلغ 3.5 مليون."], Split("بلغ 3.5 مليون."));

    [Fact]
    public void Offsets_point_into_the_original_text_of_every_seed()
    {
        foreach (var document in Seeds.Corpus)
            foreach (var sentence in SentenceSplitter.Split(document.Text))
                Assert.Equal(sentence.Text, document.Text[sentence.Start..sentence.End]);
    }

    // Seed 000 is one paragraph with ten full stops, each followed by a space or the end (counted in the file).
    [Fact]
    public void Seed_000_splits_into_its_ten_sentences()
    {
        var sentences = SentenceSplitter.Split(Seeds.Text("000"));
        Assert.Equal(10, sentences.Count);
        Assert.All(sentences, s => Assert.EndsWith(".", s.Text));
    }

    [Fact]
    public void Seed_004_headline_is_a_sentence_and_a_quoted_question_list_stays_whole()
    {
        var sentences = SentenceSplitter.Split(Seeds.Text("004"));
        Assert.Equal("أميركا تسعى للتخندق مع روسيا ضد \"داعش\"", sentences[0].Text);
        Assert.Single(sentences, s => s.Text.Contains("كيف ننسق؟ ماذا نفعل؟", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.Text.StartsWith("ماذا نفعل", StringComparison.Ordinal));
    }

    [Fact]
    public void Seed_002_keeps_its_nested_quotation_in_one_sentence()
    {
        var sentences = SentenceSplitter.Split(Seeds.Text("002"));
        Assert.Contains(sentences, s => s.Text.StartsWith("وبرّر البيت الأبيض", StringComparison.Ordinal) && s.Text.EndsWith("بسورية\".", StringComparison.Ordinal));
    }
}
