using System.Text;
using Kit.Cli.Commands;
using Kit.Files;
using Kit.Tests.Notebooks;
using Kit.Tests.Support;

namespace Kit.Tests.Cli;

/// <summary>
/// A 200 MB file: kit tokenize reads it as a stream of pieces, so the heap stays small whatever the size (kit entities
/// and the corpus loader refuse it as one article: CorpusInputTests). In the serial collection, so that no other test
/// allocates while the heap is watched.
/// </summary>
[Collection(NotebookCollection.Name)]
public class LargeFileTests
{
    // One phrase: قال 0-3, لافروف 4-10, في (a stopword) 11-13, موسكو 14-19, then a space: 20 characters, 36 UTF-8 bytes.
    private const string Phrase = "قال لافروف في موسكو ";
    private const int PhrasesPerLine = 5_000; // lines of 100,001 characters: longer than a piece, so pieces are cut at spaces too
    private const int LineBytes = PhrasesPerLine * 36 + 1;
    private const int LinesIn200MB = 1_112;   // 1,112 × 180,001 bytes = 200.2 MB

    private static string MakeFile(TempFolder temp, int lines)
    {
        var path = Path.Combine(temp.Path, "big.txt");
        var line = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Phrase, PhrasesPerLine)) + "\n");
        Assert.Equal(LineBytes, line.Length);
        using var file = File.Create(path);
        for (int i = 0; i < lines; i++) file.Write(line);
        return path;
    }

    [Fact]
    public void Reading_a_200_MB_file_as_a_stream_keeps_the_heap_small()
    {
        using var temp = new TempFolder();
        var path = MakeFile(temp, LinesIn200MB);
        Assert.True(new FileInfo(path).Length >= 200_000_000);
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        long peak = 0, characters = 0;
        int longest = 0;
        TextChunk? previous = null;
        int pieces = 0;
        foreach (var chunk in TextFiles.ReadChunks(path))
        {
            // Live memory, after a collection: garbage not yet collected says nothing about what the reader holds.
            if (pieces++ % 64 == 0) peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true));
            Assert.Equal(characters, chunk.Start);
            // Every cut is after a line break or before a space: no word is cut in two.
            if (previous is { } p) Assert.True(p.Text[^1] == '\n' || chunk.Text[0] == ' ', $"a cut at {chunk.Start} splits a word");
            characters += chunk.Text.Length;
            longest = Math.Max(longest, chunk.Text.Length);
            previous = chunk;
        }
        Assert.Equal((long)LinesIn200MB * (Phrase.Length * PhrasesPerLine + 1), characters);
        Assert.True(longest < 200_000, $"a piece of {longest} characters");
        // Reading the file whole takes 200 MB of bytes and 200 MB of UTF-16 text; a stream takes a few pieces.
        Assert.True(peak - baseline < 50_000_000, $"the heap grew by {(peak - baseline) / 1e6:0} MB while reading");
    }

    [Fact]
    public void Kit_tokenize_streams_a_file_piece_by_piece_with_exact_offsets() => Tokenize(lines: 20);

    /// <summary>The same through 200 MB: about 10 s of CPU in a Debug build, so it runs when KIT_SLOW_TESTS=1.</summary>
    [SlowFact]
    [Trait("Category", "Slow")]
    public void Kit_tokenize_streams_a_200_MB_file_with_a_bounded_heap() => Tokenize(LinesIn200MB);

    private static void Tokenize(int lines)
    {
        using var temp = new TempFolder();
        var path = MakeFile(temp, lines);
        long baseline = GC.GetTotalMemory(forceFullCollection: true);
        var output = new CountingWriter();
        var warnings = new List<string>();
        TokenizeCommand.Write([path], "lucene", output, warn: warnings.Add);

        Assert.Empty(warnings);
        Assert.Equal(1 + 3L * PhrasesPerLine * lines, output.Lines); // the "## big.txt" line, then three terms per phrase
        int lastStart = (lines - 1) * (Phrase.Length * PhrasesPerLine + 1) + (PhrasesPerLine - 1) * Phrase.Length + 14;
        Assert.Equal($"{lastStart} {lastStart + 5} موسكو\n", output.LastLine);
        Assert.True(output.PeakHeap - baseline < 50_000_000, $"the heap grew by {(output.PeakHeap - baseline) / 1e6:0} MB while tokenizing");
    }

    /// <summary>Counts lines and keeps the end of the last one; samples the heap as it goes.</summary>
    private sealed class CountingWriter : TextWriter
    {
        private StringBuilder _current = new();
        private StringBuilder _last = new();
        private int _writes;

        public long Lines { get; private set; }

        public string LastLine => _last.ToString();

        public long PeakHeap { get; private set; }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write([value]);

        public override void Write(string? value) => Write(value.AsSpan());

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(StringBuilder? value)
        {
            foreach (var chunk in value?.GetChunks() ?? default) Write(chunk.Span);
        }

        public override void Write(ReadOnlySpan<char> text)
        {
            if (++_writes % 16 == 0) PeakHeap = Math.Max(PeakHeap, GC.GetTotalMemory(forceFullCollection: false));
            while (!text.IsEmpty)
            {
                int newline = text.IndexOf('\n');
                if (newline < 0)
                {
                    AppendTail(text);
                    return;
                }
                AppendTail(text[..(newline + 1)]);
                Lines++;
                (_last, _current) = (_current, _last);
                _current.Clear();
                text = text[(newline + 1)..];
            }
        }

        // Only the end of a line is kept: enough to compare the last term line.
        private void AppendTail(ReadOnlySpan<char> text)
        {
            if (text.Length > 200) _current.Clear();
            _current.Append(text.Length > 200 ? text[^200..] : text);
        }
    }
}
