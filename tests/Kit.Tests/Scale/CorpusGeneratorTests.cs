using Kit.Cli.Commands;
using Kit.Corpus;
using Kit.Files;
using Kit.Scale;
using Kit.Tests.Support;
using Kit.Tokenization;

namespace Kit.Tests.Scale;

public class CorpusGeneratorTests
{
    private static readonly CorpusGenerator Generator = CorpusGenerator.FromSeeds();

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    [Fact]
    public void The_same_seed_writes_the_same_files()
    {
        using var a = new TempFolder();
        using var b = new TempFolder();
        var first = Generator.Write(Path.Combine(a.Path, "c"), 300_000, seed: 7);
        var second = Generator.Write(Path.Combine(b.Path, "c"), 300_000, seed: 7);
        Assert.Equal(first.Articles, second.Articles);
        Assert.True(first.Articles > 20, $"{first.Articles} articles");
        var filesA = Files(first.Folder);
        var filesB = Files(second.Folder);
        Assert.Equal(filesA.Keys.Order(), filesB.Keys.Order());
        Assert.All(filesA, f => Assert.Equal(f.Value, filesB[f.Key]));
    }

    [Fact]
    public void Another_seed_writes_other_articles()
    {
        Assert.NotEqual(Generator.Article(1, 0), Generator.Article(2, 0));
        Assert.NotEqual(Generator.Article(1, 0), Generator.Article(1, 1));
    }

    [Fact]
    public void A_smaller_corpus_is_the_start_of_a_larger_one_and_the_size_is_reached_by_the_last_article()
    {
        using var temp = new TempFolder();
        var small = Generator.Write(Path.Combine(temp.Path, "small"), 100_000, seed: 3);
        var large = Generator.Write(Path.Combine(temp.Path, "large"), 250_000, seed: 3);
        var smallFiles = Files(small.Folder);
        var largeFiles = Files(large.Folder);
        Assert.All(smallFiles, f => Assert.Equal(f.Value, largeFiles[f.Key]));
        Assert.Equal(small.Bytes, smallFiles.Values.Sum(v => (long)v.Length));
        long withoutLast = small.Bytes - smallFiles[CorpusGenerator.FileName(small.Articles - 1)].Length;
        Assert.InRange(small.Bytes, 100_000, long.MaxValue);
        Assert.InRange(withoutLast, 0, 99_999);
    }

    [Fact]
    public void Articles_are_made_of_the_seeds_sentences_and_load_as_a_corpus()
    {
        var seedSentences = Seeds.Corpus.SelectMany(d => d.Body).SelectMany(p => SentenceSplitter.Split(p.Text)).Select(s => s.Text).ToHashSet();
        using var temp = new TempFolder();
        var written = Generator.Write(Path.Combine(temp.Path, "c"), 60_000, seed: 11);
        var corpus = CorpusLoader.Load(written.Folder);
        Assert.Equal(written.Articles, corpus.Count);
        int sentences = 0;
        foreach (var document in corpus)
            foreach (var sentence in SentenceSplitter.Split(document.Text))
            {
                sentences++;
                Assert.True(seedSentences.Contains(sentence.Text) || seedSentences.Any(s => s.Contains(sentence.Text, StringComparison.Ordinal)),
                    $"{document.Id}: a sentence that is in no seed: {sentence.Text}");
            }
        Assert.True(sentences > 100);
        Assert.Contains(corpus, d => d.Headline is not null);
        Assert.Contains(corpus, d => d.Paragraphs.Count > 2);
    }

    [Fact]
    public void Refuses_a_folder_that_holds_files()
    {
        using var temp = new TempFolder();
        temp.File("mine.txt", "نص");
        var e = Assert.Throws<KitInputException>(() => Generator.Write(temp.Path, 1000));
        Assert.Contains("not empty", e.Message);
        Assert.Equal("نص", File.ReadAllText(Path.Combine(temp.Path, "mine.txt")));
    }

    [Theory]
    [InlineData("10MB", 10_000_000)]
    [InlineData("1GB", 1_000_000_000)]
    [InlineData("1.5 mb", 1_500_000)]
    [InlineData("500KB", 500_000)]
    [InlineData("4096", 4096)]
    public void Sizes_read_in_decimal_units(string text, long bytes) => Assert.Equal(bytes, GenerateCommand.ParseSize(text));

    [Theory]
    [InlineData("ten")]
    [InlineData("-5MB")]
    [InlineData("0")]
    [InlineData("MB")]
    public void Bad_sizes_say_what_to_write(string text) =>
        Assert.Contains("such as 10MB", Assert.Throws<KitInputException>(() => GenerateCommand.ParseSize(text)).Message);
}
