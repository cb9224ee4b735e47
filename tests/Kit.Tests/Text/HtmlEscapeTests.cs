using Kit.Charts;
using Kit.Text;

namespace Kit.Tests.Text;

/// <summary>The one HTML escaper, on cases worked out by hand: each markup character, each bidi control, and the label variant.</summary>
public class HtmlEscapeTests
{
    [Theory]
    [InlineData("&", "&amp;")]
    [InlineData("<", "&lt;")]
    [InlineData(">", "&gt;")]
    [InlineData("\"", "&quot;")]
    [InlineData("'", "&#39;")]
    [InlineData("a & b < c > d \"e\" 'f'", "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")]
    [InlineData("قال \"كيري\"", "قال &quot;كيري&quot;")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Markup_characters_become_entities(string? text, string expected) => Assert.Equal(expected, Html.Escape(text));

    [Theory]
    [InlineData("\u202A")]
    [InlineData("\u202B")]
    [InlineData("\u202C")]
    [InlineData("\u202D")]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u2067")]
    [InlineData("\u2068")]
    [InlineData("\u2069")]
    public void Each_bidi_control_becomes_a_replacement_character(string control)
    {
        Assert.Equal("a\uFFFDb", Html.Escape("a" + control + "b"));
        Assert.Equal("a\uFFFDb", Html.EscapeMarkup("a" + control + "b"));
    }

    [Fact]
    public void Marks_that_do_not_reorder_the_line_are_kept()
    {
        // U+200F (RLM) and U+200E (LRM) only lean neutral characters one way; U+061C is Arabic's letter mark.
        Assert.Equal("\u200Fa\u200Eb\u061C", Html.Escape("\u200Fa\u200Eb\u061C"));
    }

    [Fact]
    public void A_file_name_with_an_override_and_a_tag_is_both_neutralised_and_escaped()
    {
        Assert.Equal("\uFFFDfdp.exe&lt;b&gt;", Html.Escape("\u202Efdp.exe<b>"));
    }

    [Fact]
    public void Labels_keep_quotes_and_lose_line_breaks()
    {
        Assert.Equal("&lt;b&gt; \"x\" 'y' &amp;", Html.EscapeMarkup("<b> \"x\" 'y' &"));
        Assert.Equal("a  b c", ChartText.Escape("a\r\nb\nc"));
        Assert.Equal("\u200Fقال &lt;b&gt;", ChartText.Label("قال <b>"));
    }

    [Fact]
    public void A_bundled_script_cannot_end_its_element_early()
    {
        // Any case ends the element, so any case is replaced (by the lower-case form: a script's own string is rarely upper case).
        Assert.Equal("x<\\/script>y<\\/script>", Html.ScriptText("x</script>y</SCRIPT>"));
    }

    [Fact]
    public void Text_without_markup_or_controls_comes_back_unchanged()
    {
        const string plain = "أكد وزير الخارجية الروسي سيرغي لافروف";
        Assert.Equal(plain, Html.Escape(plain));
    }
}
