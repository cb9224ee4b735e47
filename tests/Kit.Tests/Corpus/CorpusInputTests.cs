using System.Text;
using Kit.Actors;
using Kit.Analysis;
using Kit.Corpus;
using Kit.Files;
using Kit.Tests.Support;

namespace Kit.Tests.Corpus;

/// <summary>Every kind of file a student drops in the corpus folder: what the loader does with it (README, "Bad input").</summary>
public class CorpusInputTests
{
    private static readonly byte[] Salam = Encoding.UTF8.GetBytes("سلام"); // 8 bytes

    private static byte[] Join(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    private static (Document Document, List<string> Warnings) Load(string path, bool replace = false)
    {
        var warnings = new List<string>();
        return (CorpusLoader.LoadFile(path, replace, warnings.Add), warnings);
    }

    private static string Error(string path, bool replace = false) =>
        Assert.Throws<KitInputException>(() => CorpusLoader.LoadFile(path, replace, _ => { })).Message;

    [Fact]
    public void A_file_given_as_the_folder_is_named()
    {
        using var temp = new TempFolder();
        var path = temp.File("a.txt", "نص");
        Assert.Equal($"{path}: is a file; give the folder that holds the .txt articles.", Assert.Throws<KitInputException>(() => CorpusLoader.Load(path)).Message);
    }

    [Fact]
    public void An_empty_file_loads_as_an_empty_document_with_a_warning()
    {
        using var temp = new TempFolder();
        var (doc, warnings) = Load(temp.Bytes("empty.txt", []));
        Assert.Equal("", doc.Text);
        Assert.Empty(doc.Paragraphs);
        Assert.Equal([$"{Path.Combine(temp.Path, "empty.txt")}: empty file."], warnings);
    }

    [Fact]
    public void A_file_of_blanks_or_a_bom_alone_warns_too()
    {
        using var temp = new TempFolder();
        var (blank, warnings) = Load(temp.File("blank.txt", " \n\t\n"));
        Assert.Empty(blank.Paragraphs);
        Assert.Equal([$"{Path.Combine(temp.Path, "blank.txt")}: has no letters at all (4 characters)."], warnings);
        var (bomOnly, bomWarnings) = Load(temp.Bytes("bom.txt", [0xEF, 0xBB, 0xBF]));
        Assert.Equal("", bomOnly.Text);
        Assert.Equal([$"{Path.Combine(temp.Path, "bom.txt")}: empty file."], bomWarnings);
    }

    [Fact]
    public void Invalid_utf8_counts_the_bom_in_the_byte_offset()
    {
        using var temp = new TempFolder();
        var path = temp.Bytes("bad.txt", Join([0xEF, 0xBB, 0xBF], Salam, [0xFF], Salam));
        Assert.Equal($"{path}: not valid UTF-8 at byte 11. Save the file as UTF-8, or replace the bad bytes with U+FFFD (kit: --replace-invalid; code: replaceInvalidUtf8: true).",
            Error(path));
    }

    [Fact]
    public void A_sequence_cut_at_the_end_of_the_file_is_invalid_where_it_starts()
    {
        using var temp = new TempFolder();
        var path = temp.Bytes("cut.txt", Join(Salam, [0xD8])); // first byte of a two-byte Arabic letter
        Assert.StartsWith($"{path}: not valid UTF-8 at byte 8.", Error(path));
    }

    [Fact]
    public void Replacing_invalid_bytes_warns_with_the_file_the_count_and_the_first_offset()
    {
        using var temp = new TempFolder();
        var path = temp.Bytes("bad.txt", Join(Salam, [0xC3, 0x28], Salam, [0xFF], Salam));
        var (doc, warnings) = Load(path, replace: true);
        Assert.Equal("سلام\uFFFD(سلام\uFFFDسلام", doc.Text);
        Assert.Equal([$"{path}: 2 invalid byte sequences replaced by U+FFFD, the first at byte 8."], warnings);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_a_bom_is_decoded_in_both_byte_orders(bool bigEndian)
    {
        using var temp = new TempFolder();
        var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
        var (doc, warnings) = Load(temp.Bytes("u16.txt", Join(encoding.GetPreamble(), encoding.GetBytes("قال لافروف\r\nفي موسكو"))));
        Assert.Equal("قال لافروف\r\nفي موسكو", doc.Text);
        Assert.Equal(2, doc.Paragraphs.Count);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Utf16_with_a_lone_surrogate_names_its_byte()
    {
        using var temp = new TempFolder();
        // BOM (2 bytes), "سلام" (8 bytes), then a high surrogate with no low one after it.
        var path = temp.Bytes("u16.txt", Join([0xFF, 0xFE], Encoding.Unicode.GetBytes("سلام"), [0x3D, 0xD8], Encoding.Unicode.GetBytes("ب")));
        Assert.StartsWith($"{path}: not valid UTF-16 at byte 10. Save the file as UTF-8", Error(path));
    }

    [Fact]
    public void Utf32_is_named_as_such()
    {
        using var temp = new TempFolder();
        var path = temp.Bytes("u32.txt", Join([0xFF, 0xFE, 0, 0], Encoding.UTF32.GetBytes("سلام")));
        Assert.Equal($"{path}: UTF-32 text; save the file as UTF-8.", Error(path));
    }

    [Fact]
    public void A_binary_file_is_refused_naming_the_first_control_byte()
    {
        using var temp = new TempFolder();
        // The first bytes of a PNG image: 0x89 is not UTF-8, but the NUL at byte 8 says "binary" first.
        var png = temp.Bytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        Assert.Equal($"{png}: not a text file: control character 0x00 at byte 8. The kit reads UTF-8 text files.", Error(png));
        Assert.Equal($"{png}: not a text file: control character 0x00 at byte 8. The kit reads UTF-8 text files.", Error(png, replace: true));
    }

    [Fact]
    public void A_control_byte_past_the_first_8000_bytes_is_found_too()
    {
        using var temp = new TempFolder();
        var text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("قال لافروف ", 1000))); // 20,000 bytes
        var path = temp.Bytes("late.txt", Join(text, [0x1B], Salam));
        Assert.Equal($"{path}: not a text file: control character 0x1B at byte 20000. The kit reads UTF-8 text files.", Error(path));
    }

    [Fact]
    public void Whichever_problem_comes_first_is_the_one_named()
    {
        using var temp = new TempFolder();
        var invalidFirst = temp.Bytes("a.txt", Join(Salam, [0xFF], Salam, [0x01]));
        Assert.StartsWith($"{invalidFirst}: not valid UTF-8 at byte 8.", Error(invalidFirst));
        var controlFirst = temp.Bytes("b.txt", Join(Salam, [0x01], Salam, [0xFF]));
        Assert.StartsWith($"{controlFirst}: not a text file: control character 0x01 at byte 8.", Error(controlFirst));
    }

    [Fact]
    public void Tabs_form_feeds_and_crlf_are_text()
    {
        using var temp = new TempFolder();
        var (doc, warnings) = Load(temp.File("ok.txt", "قال\tلافروف\f\r\nفي موسكو\v"));
        Assert.Equal("قال\tلافروف\f\r\nفي موسكو\v", doc.Text);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Text_that_is_not_arabic_loads_with_a_warning()
    {
        using var temp = new TempFolder();
        var path = temp.File("english.txt", "The quick brown fox, said لافروف.");
        var (doc, warnings) = Load(path);
        Assert.Equal("The quick brown fox, said لافروف.", doc.Text);
        // Letters counted by hand: The(3) quick(5) brown(5) fox(3) said(4) = 20 Latin, لافروف = 6 Arabic.
        Assert.Equal([$"{path}: mostly not Arabic (6 of 26 letters are Arabic); the kit's rules are made for Arabic."], warnings);
        Assert.Equal(["the", "quick", "brown", "fox", "said", "لافروف"], LuceneAnalyzer.Default.Analyze(doc.Text).Select(t => t.Text));
    }

    [Fact]
    public void Files_that_are_not_txt_are_skipped_with_a_warning_and_hidden_files_silently()
    {
        using var temp = new TempFolder();
        temp.File("001.txt", "قال لافروف");
        temp.File("notes.docx", "x");
        temp.File("README.md", "x");
        temp.File(".DS_Store", "x");
        var warnings = new List<string>();
        var corpus = CorpusLoader.Load(temp.Path, warn: warnings.Add);
        Assert.Equal(["001"], corpus.Select(d => d.Id));
        Assert.Equal([$"{temp.Path}: skipped 2 files that are not .txt: README.md, notes.docx."], warnings);
    }

    [Fact]
    public void A_200_MB_file_is_refused_as_one_article_before_it_is_read()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "dump.txt");
        using (var sparse = File.Create(path)) sparse.SetLength(200_000_000); // no disk used: the loader must not read it
        Assert.Equal($"{path}: 200.0 MB is too large for one article (the limit is 32 MB); split it into one file per article.", Error(path));
    }

    [Fact]
    public void A_very_long_line_is_one_paragraph_and_every_stage_gets_through_it()
    {
        using var temp = new TempFolder();
        // 100,000 words on one line, no line break (seed 000 is one line too, but 2,288 characters).
        string line = string.Concat(Enumerable.Repeat("قال لافروف في موسكو ", 25_000));
        var (doc, _) = Load(temp.File("long.txt", line));
        var paragraph = Assert.Single(doc.Paragraphs);
        Assert.False(paragraph.IsHeadline);
        Assert.Equal(line.TrimEnd(), paragraph.Text);
        var terms = LuceneAnalyzer.Default.Analyze(doc.Text);
        Assert.Equal(75_000, terms.Count); // في is a stopword: three terms per four words
        Assert.Equal(line.Length - "موسكو ".Length, terms[^1].Start);
        Assert.Equal(50_000, MentionFinder.Default.Find(doc).Count); // لافروف and موسكو, 25,000 times each
    }

    [Fact]
    public void A_word_of_a_million_letters_is_skipped_as_lucene_skips_a_word_over_255()
    {
        string text = new string('ب', 1_000_000) + " موسكو";
        var terms = LuceneAnalyzer.Default.Analyze(text);
        Assert.Equal([new Term("موسكو", 1_000_001, 1_000_006)], terms);
    }

    [Fact]
    public void A_long_run_of_waw_does_not_make_the_glued_name_search_quadratic()
    {
        // موسكووواشنطن is split at a و; a word of 200,000 و must not try every cut with a copy of each half.
        string word = new('و', 200_000);
        Assert.Empty(MentionFinder.Default.Find("x", word));
        Assert.Single(ArabicTermAnalyzer.Default.Analyze(word));
    }
}
