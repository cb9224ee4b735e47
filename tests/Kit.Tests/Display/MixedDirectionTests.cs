using Kit.Display;

namespace Kit.Tests.Display;

/// <summary>Table cells that mix Arabic with arrows or Latin prose keep their order: the Arabic runs are isolated.</summary>
public class MixedDirectionTests
{
    private static string CellOf(string text) => HtmlTable.Of(new[] { text }, ("x", t => t)).ToHtml().Split("<tbody><tr>")[1].Split("</tr>")[0];

    [Fact]
    public void Before_and_after_examples_read_left_to_right_with_each_arabic_side_isolated()
    {
        Assert.Equal("<td dir=\"ltr\"><bdi dir=\"rtl\">أمريكا</bdi> → <bdi dir=\"rtl\">امريكا</bdi>  ·  <bdi dir=\"rtl\">ى</bdi> → <bdi dir=\"rtl\">ي</bdi></td>",
            CellOf("أمريكا → امريكا  ·  ى → ي"));
    }

    [Fact]
    public void Latin_prose_with_an_arabic_example_isolates_the_example()
    {
        Assert.Equal("<td dir=\"ltr\">the share button <bdi dir=\"rtl\">مشاركة</bdi> : at the end</td>", CellOf("the share button مشاركة : at the end"));
    }

    [Fact]
    public void Arabic_text_reads_right_to_left_and_latin_text_is_left_alone()
    {
        Assert.Equal("<td dir=\"rtl\" style=\"text-align:right\">قال كيري لشبكة CNN</td>", CellOf("قال كيري لشبكة CNN"));
        Assert.Equal("<td>sergey-lavrov</td>", CellOf("sergey-lavrov"));
    }

    [Fact]
    public void Markup_in_a_mixed_cell_is_still_escaped()
    {
        Assert.Equal("<td dir=\"ltr\">&lt;b&gt; <bdi dir=\"rtl\">كيري</bdi> → x</td>", CellOf("<b> كيري → x"));
    }
}
