using Kit.Corpus;
using Kit.Files;
using Kit.Tests.Support;

namespace Kit.Tests.Corpus;

public class CorpusLoaderTests
{
    [Fact]
    public void Loads_the_five_seeds_in_file_order_with_ids_from_file_names()
    {
        Assert.Equal(
            ["000_0f2ce59b6fa4586a", "001_f6010fdbcee2629d", "002_03edd946449ee7ed", "003_36a2fafde9fbd47a", "004_88102d76cfe70e6b"],
            Seeds.Corpus.Select(d => d.Id));
    }

    // Non-blank lines counted with Python on the files: 1, 2, 17, 14, 2 (004: headline + one body paragraph).
    [Theory]
    [InlineData("000", 1, false)]
    [InlineData("001", 2, false)]
    [InlineData("002", 17, false)]
    [InlineData("003", 14, false)]
    [InlineData("004", 2, true)]
    public void Finds_paragraphs_and_the_headline_of_004_only(string id, int paragraphs, bool hasHeadline)
    {
        var d = Seeds.Corpus[id];
        Assert.Equal(paragraphs, d.Paragraphs.Count);
        Assert.Equal(hasHeadline, d.Headline is not null);
        Assert.All(d.Paragraphs, p => Assert.Equal(p.Text, d.Text[p.Span.Start..p.Span.End]));
    }

    [Fact]
    public void Headline_of_004_is_its_first_line()
    {
        var d = Seeds.Corpus["004"];
        Assert.Equal("أميركا تسعى للتخندق مع روسيا ضد \"داعش\"", d.Headline!.Text);
        Assert.Single(d.Body);
    }

    [Fact]
    public void Original_text_is_the_decoded_file()
    {
        var d = Seeds.Corpus["000"];
        Assert.Equal(File.ReadAllText(d.Path!), d.Text);
        Assert.Equal(2288, d.Characters);
    }

    [Fact]
    public void Bom_is_dropped_and_crlf_paragraphs_keep_offsets_into_the_file_text()
    {
        using var temp = new TempFolder();
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(System.Text.Encoding.UTF8.GetBytes("عنوان قصير\r\n\r\nالفقرة الأولى.\r\nالفقرة الثانية.\r\n")).ToArray();
        var doc = CorpusLoader.LoadFile(temp.Bytes("a.txt", bytes));
        Assert.Equal('ع', doc.Text[0]);
        Assert.Equal("عنوان قصير", doc.Headline!.Text);
        Assert.Equal(["الفقرة الأولى.", "الفقرة الثانية."], doc.Body.Select(p => p.Text));
        Assert.Equal("الفقرة الثانية.", doc.Text[doc.Paragraphs[2].Span.Start..doc.Paragraphs[2].Span.End]);
    }

    [Fact]
    public void A_long_first_line_is_not_a_headline()
    {
        var doc = new Document("x", new string('ب', DocumentLayout.MaxHeadlineLength + 1) + "\n\nنص.");
        Assert.Null(doc.Headline);
        Assert.Equal(2, doc.Paragraphs.Count);
    }

    [Fact]
    public void Missing_folder_is_one_clear_error_naming_it()
    {
        var e = Assert.Throws<KitInputException>(() => CorpusLoader.Load("/no/such/folder"));
        Assert.Equal("/no/such/folder: no such folder.", e.Message);
    }

    [Fact]
    public void Empty_folder_says_there_are_no_txt_files()
    {
        using var temp = new TempFolder();
        var e = Assert.Throws<KitInputException>(() => CorpusLoader.Load(temp.Path));
        Assert.Contains("holds no .txt files", e.Message);
    }

    [Fact]
    public void Invalid_utf8_names_the_file_and_the_byte_offset()
    {
        using var temp = new TempFolder();
        var bytes = System.Text.Encoding.UTF8.GetBytes("سلام").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var path = temp.Bytes("bad.txt", bytes);
        var e = Assert.Throws<KitInputException>(() => CorpusLoader.LoadFile(path));
        Assert.Equal($"{path}: not valid UTF-8 at byte 8. Save the file as UTF-8, or replace the bad bytes with U+FFFD (kit: --replace-invalid; code: replaceInvalidUtf8: true).", e.Message);
        Assert.Equal("سلام\uFFFD(", CorpusLoader.LoadFile(path, replaceInvalidUtf8: true, warn: _ => { }).Text);
    }

    [Fact]
    public void Utf16_with_bom_is_decoded()
    {
        using var temp = new TempFolder();
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(System.Text.Encoding.Unicode.GetBytes("موسكو")).ToArray();
        Assert.Equal("موسكو", CorpusLoader.LoadFile(temp.Bytes("u16.txt", bytes)).Text);
    }
}
