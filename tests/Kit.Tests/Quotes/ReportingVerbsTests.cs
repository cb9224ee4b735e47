using Kit.Files;
using Kit.Lexicon;
using Kit.Normalization;
using Kit.Quotes;
using Kit.Tests.Support;

namespace Kit.Tests.Quotes;

public class ReportingVerbsTests
{
    private static VerbForm? Lookup(string written) => ReportingVerbs.Default.Lookup(ArabicNormalizer.Aggressive.Apply(written));

    [Theory]
    [InlineData("قال", VerbFormKind.Past)]
    [InlineData("قالت", VerbFormKind.Past)]
    [InlineData("قالوا", VerbFormKind.Past)]
    [InlineData("يقول", VerbFormKind.Present)]
    [InlineData("تقول", VerbFormKind.Present)]
    [InlineData("يقولون", VerbFormKind.Present)]
    [InlineData("قائلاً", VerbFormKind.Participle)]
    [InlineData("مضيفاً", VerbFormKind.Participle)]
    [InlineData("مؤكدا", VerbFormKind.Participle)]
    [InlineData("قوله", VerbFormKind.Noun)]
    [InlineData("قولها", VerbFormKind.Noun)]
    public void Forms_are_known_with_their_kind(string form, VerbFormKind kind) => Assert.Equal(kind, Lookup(form)?.Kind);

    [Fact]
    public void The_issues_verbs_are_all_there_and_spelled_either_way()
    {
        string[] lemmas = ["قال", "أضاف", "أكد", "أوضح", "صرح", "أعلن", "كشف", "تابع", "شدد", "اعتبر", "رأى", "أشار", "حذر", "نفى", "أعرب"];
        Assert.All(lemmas, l => Assert.Contains(ArabicNormalizer.Aggressive.Apply(l), ReportingVerbs.Default.Lemmas));
        Assert.Equal(Lookup("أكد"), Lookup("اكد"));
        Assert.Equal("اضاف", Lookup("أضافت")?.Lemma);
    }

    [Fact]
    public void Bayyana_counts_only_before_a_complementizer_and_naql_names_its_source_after_an()
    {
        Assert.True(Lookup("بين")!.AdjacentOnly);
        Assert.False(Lookup("قال")!.AdjacentOnly);
        Assert.True(Lookup("نقلت")!.Has(VerbForm.SourceAfterAn));
    }

    [Fact]
    public void A_bad_verbs_file_is_named_with_its_line()
    {
        using var temp = new TempFolder();
        var path = temp.File("verbs.txt", "# mine\nقال | past: قال\nأكد | pst: أكد\n");
        var e = Assert.Throws<KitInputException>(() => ReportingVerbs.Load(path));
        Assert.Contains("verbs.txt, line 3", e.Message);
    }

    [Fact]
    public void An_instructors_file_replaces_the_bundled_one()
    {
        using var temp = new TempFolder();
        var verbs = ReportingVerbs.Load(temp.File("verbs.txt", "همس | past: همس همست\n"));
        Assert.Equal(["همس"], verbs.Lemmas);
        Assert.Null(verbs.Lookup("قال"));
        var quote = Assert.Single(new QuoteExtractor(verbs: verbs).Extract("t", "وهمست ماريا زاخاروفا أن الحوار مستمر."));
        Assert.Equal(("همست", "maria-zakharova"), (quote.Verb, quote.Actor));
    }
}
