using Kit.Tokenization;
using Kit.Tests.Support;

namespace Kit.Tests.Tokenization;

public class WordTokenizerTests
{
    [Fact]
    public void Arabic_letters_and_their_marks_stay_together()
    {
        var tokens = WordTokenizer.Tokenize("وبرّر البيتُ الأبيضُ");
        Assert.Equal(["وبرّر", "البيتُ", "الأبيضُ"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Numbers_of_both_kinds_with_separators_are_one_token()
    {
        var tokens = WordTokenizer.Tokenize("نحو 50 دقيقة و٣٫٥ مليون و1,000 جندي و٢٠١٥");
        Assert.Equal(["نحو", "50", "دقيقة", "و٣٫٥", "مليون", "و1,000", "جندي", "و٢٠١٥"], tokens.Select(t => t.Text));
        Assert.Equal(WordKind.Number, tokens[1].Kind);
        Assert.Equal(WordKind.Word, tokens[3].Kind); // a letter and digits join (UAX #29 WB9/WB10)
    }

    [Fact]
    public void Latin_words_keep_apostrophes_and_inner_full_stops()
    {
        var tokens = WordTokenizer.Tokenize("CNN's report: the U.S. and G20.");
        Assert.Equal(["CNN's", "report", "the", "U.S", "and", "G20"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        var text = Seeds.Text("002");
        foreach (var token in WordTokenizer.Tokenize(text, punctuation: true))
            Assert.Equal(token.Text, text[token.Start..token.End]);
    }

    [Fact]
    public void Punctuation_becomes_tokens_when_asked()
    {
        var tokens = WordTokenizer.Tokenize("قال: \"نعم\"، ثم غادر.", punctuation: true);
        Assert.Equal(["قال", ":", "\"", "نعم", "\"", "،", "ثم", "غادر", "."], tokens.Select(t => t.Text));
        Assert.Equal(WordKind.Punctuation, tokens[1].Kind);
    }

    [Fact]
    public void Zero_width_joiners_stay_inside_the_word_and_zero_width_space_splits()
    {
        Assert.Equal(["وا\u200cشنطن"], WordTokenizer.Tokenize("وا\u200cشنطن").Select(t => t.Text));
        Assert.Equal(["وا", "شنطن"], WordTokenizer.Tokenize("وا\u200bشنطن").Select(t => t.Text));
    }

    [Fact]
    public void Missing_spaces_make_one_token_as_written()
    {
        // Seed 000 writes "موسكووواشنطن": no word-boundary rule can see two names in it.
        Assert.Contains("موسكووواشنطن", WordTokenizer.Tokenize(Seeds.Text("000")).Select(t => t.Text));
    }

    [Fact]
    public void Whitespace_split_keeps_punctuation_glued_to_words()
    {
        var tokens = WordTokenizer.SplitOnWhitespace("سورية، عبر \"داعش\".");
        Assert.Equal(["سورية،", "عبر", "\"داعش\"."], tokens.Select(t => t.Text));
    }
}
