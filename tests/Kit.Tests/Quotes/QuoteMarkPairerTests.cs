using Kit.Quotes;

namespace Kit.Tests.Quotes;

public class QuoteMarkPairerTests
{
    private static List<(string Inner, int Depth)> Pairs(string text) =>
        QuoteMarkPairer.Pair(text).Select(p => (text[p.Inner.Start..p.Inner.End], p.Depth)).ToList();

    [Fact]
    public void Straight_marks_pair_in_order() =>
        Assert.Equal([("نعم", 0), ("لا", 0)], Pairs("قال \"نعم\" ثم \"لا\"."));

    [Fact]
    public void A_quote_inside_a_quote_is_nested_not_cut_short()
    {
        // 002's outer quote holds the name "الدولة الإسلامية" in the same straight marks.
        var text = "رفض موسكو \"المساهمة في مواجهة تنظيم \"الدولة الإسلامية\" (داعش) بسورية\".";
        Assert.Equal([("المساهمة في مواجهة تنظيم \"الدولة الإسلامية\" (داعش) بسورية", 0), ("الدولة الإسلامية", 1)], Pairs(text));
    }

    [Fact]
    public void A_closing_curly_mark_used_to_open_pairs_with_the_next_one()
    {
        // 003 writes ” on both sides, with a space after the first one.
        var text = "وأضاف إيرنست في مؤتمر صحفي ” أعلم أن هناك بعض التكهنات”.";
        var pair = Assert.Single(QuoteMarkPairer.Pair(text));
        Assert.Equal(("أعلم أن هناك بعض التكهنات", '”', '”'), (text[pair.Trimmed(text).Start..pair.Trimmed(text).End], pair.OpenMark, pair.CloseMark));
    }

    [Fact]
    public void Guillemets_low_and_english_curly_marks_pair()
    {
        Assert.Equal([("الحل «العسكري» فشل", 0), ("العسكري", 1)], Pairs("وشدد على أن «الحل «العسكري» فشل»."));
        Assert.Equal([("لن نسمح بذلك", 0)], Pairs("قوله „لن نسمح بذلك“، معربا"));
        Assert.Equal([("الفرصة الأخيرة", 0)], Pairs("وصفته بـ“الفرصة الأخيرة” أمام"));
    }

    [Fact]
    public void A_quotation_never_runs_past_a_line_break() =>
        Assert.Empty(Pairs("قال \"نعم\nثم\" مضى"));

    [Fact]
    public void A_stray_mark_is_left_alone_and_nests_nothing() =>
        Assert.Equal([("نعم", 0)], Pairs("قال \" ثم \"نعم\" ومضى"));
}
