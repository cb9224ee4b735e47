using Kit.Display;
using Kit.Exercises;
using Kit.Tests.Support;

namespace Kit.Tests.Display;

/// <summary>What an exported notebook prints for a displayed value.</summary>
public class PlainTextTests
{
    [Fact]
    public void Simple_values_print_as_text()
    {
        Assert.Equal("<null>", PlainText.Of(null));
        Assert.Equal("سلام", PlainText.Of("سلام"));
        Assert.Equal("2.5", PlainText.Of(2.5));
        Assert.Equal("(a, 3)", PlainText.Of(("a", 3)));
        Assert.Equal("✅ Exercise 1.1: right.", PlainText.Of(new CheckResult("1.1", "right.")));
    }

    [Fact]
    public void A_sequence_prints_one_item_per_line_up_to_the_limit()
    {
        Assert.Equal("1\n2\n3", PlainText.Of(new List<int> { 1, 2, 3 }));
        Assert.Equal("(empty)", PlainText.Of(Array.Empty<string>()));
        var lines = PlainText.Of(Enumerable.Range(1, 25).ToArray()).Split('\n');
        Assert.Equal(PlainText.ListLimit + 1, lines.Length);
        Assert.Equal("… (5 more)", lines[^1]);
    }

    [Fact]
    public void A_table_prints_aligned_without_a_trailing_line_break()
    {
        var table = Show.Table(new[] { ("a", 1), ("bcd", 22) }, ("name", r => r.Item1), ("n", r => r.Item2));
        Assert.Equal("name | n\n-----+---\na    | 1\nbcd  | 22", PlainText.Of(table));
    }

    [Fact]
    public void A_corpus_prints_as_the_table_a_notebook_shows()
    {
        var lines = PlainText.Of(Seeds.Corpus).Split('\n');
        Assert.Equal("5 documents", lines[0]);
        Assert.StartsWith("id ", lines[1]);
        Assert.Equal(Seeds.Corpus.Select(d => d.Id), lines.Skip(3).Select(l => l.Split(' ')[0]));
    }

    [Fact]
    public void Display_writes_the_text_and_a_blank_line()
    {
        var output = new StringWriter();
        var stdout = Console.Out;
        Console.SetOut(output);
        try
        {
            ConsoleDisplay.display(new[] { "x", "y" }, "text/html");
        }
        finally
        {
            Console.SetOut(stdout);
        }
        Assert.Equal("x\ny\n\n", output.ToString().ReplaceLineEndings("\n"));
    }
}
