using Kit.Corpus;
using Kit.Display;
using Kit.Tests.Support;
using Microsoft.DotNet.Interactive.Formatting;

namespace Kit.Tests.Display;

/// <summary>Kit types display through the real Formatting package, by its TypeFormatterSource convention.</summary>
public class FormattingTests
{
    [Fact]
    public void Kit_types_prefer_html()
    {
        Assert.Contains("text/html", Formatter.GetPreferredMimeTypesFor(typeof(TextCorpus)));
        Assert.Contains("text/html", Formatter.GetPreferredMimeTypesFor(typeof(Document)));
    }

    [Fact]
    public void Corpus_displays_as_a_table_with_arabic_right_to_left()
    {
        var html = Seeds.Corpus.ToDisplayString("text/html");
        Assert.StartsWith("<table class=\"kit-table\">", html);
        Assert.Contains("<td>004_88102d76cfe70e6b</td><td dir=\"rtl\" style=\"text-align:right\">أميركا تسعى للتخندق مع روسيا ضد &quot;داعش&quot;</td>", html);
    }

    [Fact]
    public void Corpus_text_is_escaped_in_every_view()
    {
        var hostile = new Document("x<b>", "عنوان <script>alert(1)</script>\n\nنص <img src=x onerror=alert(2)> \u202Eabc");
        var html = hostile.ToDisplayString("text/html");
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("x&lt;b&gt;", html);
        var table = new TextCorpus([hostile]).ToDisplayString("text/html");
        Assert.DoesNotContain("<script>", table);
    }

    [Fact]
    public void Marked_text_highlights_spans_right_to_left()
    {
        var html = Show.Marked("قال كيري <b>", [new Kit.Text.TextSpan(4, 8)]).ToDisplayString("text/html");
        Assert.Equal("<div dir=\"rtl\" style=\"text-align:right;line-height:1.9;white-space:pre-wrap\">قال <mark title=\"\">كيري</mark> &lt;b&gt;</div>", html);
    }

    [Fact]
    public void Tables_print_as_text_in_a_terminal()
    {
        var table = HtmlTable.Of(new[] { ("a", 1), ("bb", 22) }, ("name", r => r.Item1), ("n", r => r.Item2));
        Assert.Equal("name | n\n-----+---\na    | 1\nbb   | 22\n", table.ToString().ReplaceLineEndings("\n"));
    }
}
