using Kit.Analysis;
using Kit.Tests.Support;

namespace Kit.Tests.Analysis;

public class ArabicTermAnalyzerTests
{
    private static AnalyzedWord One(string word) => Assert.Single(ArabicTermAnalyzer.Default.Analyze(word));

    [Theory]
    [InlineData("والرئيس", "و+ال+رئيس")]
    [InlineData("للرئيس", "ل+ال+رئيس")]
    [InlineData("بموسكو", "ب+موسكو")]
    [InlineData("لروسيا", "ل+روسيا")]
    [InlineData("ولافروف", "و+لافروف")]
    [InlineData("والبنتاغون", "و+البنتاغون")] // a name keeps its article, as the gazetteer writes it
    [InlineData("وقال", "و+قال")]
    [InlineData("فسيناقش", "ف+س+يناقش")]
    [InlineData("وتعزيزاتها", "و+تعزيزات+ها")]
    [InlineData("وكذلك", "و+كذلك")]
    public void Clitics_come_off(string word, string segmentation) => Assert.Equal(segmentation, One(word).Segmentation);

    [Theory]
    [InlineData("واشنطن")]
    [InlineData("وليد")]
    [InlineData("بوتين")]
    [InlineData("لافروف")]
    [InlineData("وزير")]
    [InlineData("وزيري")]
    [InlineData("بلد")]
    [InlineData("كبير")]
    [InlineData("سياسة")]
    [InlineData("تفاهم")]
    [InlineData("اتجاه")]
    public void Protected_and_look_alike_words_are_not_cut(string word) => Assert.False(One(word).HasClitics, One(word).Segmentation);

    [Fact]
    public void Names_are_not_stemmed_but_other_words_are()
    {
        Assert.Equal("بوتين", One("بوتين").Stem);
        Assert.Equal("اشنطن", LuceneAnalyzer.Default.Analyze("واشنطن").Single().Text); // what Lucene does to it
        Assert.Equal("واشنطن", One("وواشنطن").Stem);
        Assert.Equal("ولا", One("الولايات").Stem); // a common noun: Lucene's suffix rules, as the oracle stems it
    }

    [Fact]
    public void A_token_knows_its_surface_normalized_form_base_span_and_stopword_status()
    {
        var text = "وأكّد لافروف أن بلاده";
        var tokens = ArabicTermAnalyzer.Default.Analyze(text);
        var first = tokens[0];
        Assert.Equal("وأكّد", first.Surface);
        Assert.Equal("واكد", first.Normalized);
        Assert.Equal(["و"], first.Proclitics);
        Assert.Equal("اكد", first.Base);
        Assert.Equal("أكّد", text[first.BaseStart..first.BaseEnd]);
        Assert.True(tokens[2].IsStopword);
        Assert.Equal("ه", tokens[3].Enclitic);
        Assert.Equal("بلاد", text[tokens[3].BaseStart..tokens[3].BaseEnd]);
    }

    [Fact]
    public void Stopwords_are_normalized_like_the_text()
    {
        Assert.True(One("إلى").IsStopword);
        Assert.True(One("الى").IsStopword);
        Assert.True(One("وقد").IsStopword);
    }

    [Fact]
    public void Every_span_points_into_the_original_text_of_the_seeds()
    {
        foreach (var document in Seeds.Corpus)
            foreach (var token in ArabicTermAnalyzer.Default.Analyze(document.Text))
            {
                Assert.Equal(token.Surface, document.Text[token.Start..token.End]);
                Assert.InRange(token.BaseStart, token.Start, token.BaseEnd);
                Assert.InRange(token.BaseEnd, token.BaseStart, token.End);
            }
    }

    [Fact]
    public void Kit_profile_counts_putin_as_one_term_where_lucene_counts_a_stem()
    {
        var text = Seeds.Text("002");
        int kit = ArabicTermAnalyzer.Default.Terms(text).Count(t => t.Text == "بوتين");
        int lucene = LuceneAnalyzer.Default.Analyze(text).Count(t => t.Text == "بوت");
        Assert.Equal(7, kit); // بوتين written 7 times in 002 (grep -o بوتين | wc -l)
        Assert.Equal(kit, lucene);
    }
}
