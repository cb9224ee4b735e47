using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using Kit.Analysis;
using Kit.Files;
using Kit.Tests.Support;

namespace Kit.Tests.Properties;

/// <summary>
/// Any bytes at all as a corpus file: decoding returns text or fails with a KitInputException naming the file and a byte
/// offset that is right; reading as a stream, in blocks of any size, gives the same text, the same error and the same
/// analysis as reading the file whole.
/// </summary>
public partial class DecodingPropertyTests
{
    private static readonly byte[][] Trouble =
    [
        [0xFF], [0xC3], [0xD8], [0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82],
        [0x00], [0x01], [0x1B], [0x7F], [0x0D, 0x0A], [0x09], [0x0C], [0x20], [0xEF, 0xBB, 0xBF],
    ];

    private static readonly Gen<byte[]> Piece = Gen.Frequency(
        (6, TextGen.FileTexts.Generator.Select(Encoding.UTF8.GetBytes)),
        (2, Gen.Elements(Trouble)),
        (1, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))));

    private static readonly Gen<byte[]> Body = Gen.ListOf(Piece).Select(pieces => pieces.SelectMany(p => p).ToArray());

    /// <summary>A file's bytes: mostly UTF-8 with trouble mixed in, sometimes after a BOM, sometimes UTF-16.</summary>
    private static readonly Arbitrary<byte[]> Files = Arb.From(Gen.Frequency(
        (6, Body),
        (1, Body.Select(b => (byte[])[0xEF, 0xBB, 0xBF, .. b])),
        (1, TextGen.FileTexts.Generator.Select(s => (byte[])[0xFF, 0xFE, .. Encoding.Unicode.GetBytes(s)])),
        (1, TextGen.FileTexts.Generator.Select(s => (byte[])[0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(s)])),
        (1, Gen.Zip(TextGen.FileTexts.Generator, Gen.Elements<byte[]>([0x3D, 0xD8], [0x00, 0xDC], [0x41]))
            .Select(t => (byte[])[0xFF, 0xFE, .. Encoding.Unicode.GetBytes(t.Item1), .. t.Item2]))));

    private static void CheckFiles(Action<byte[]> property, int runs = 300) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(runs * TextGen.RunFactor).WithEndSize(60), Prop.ForAll(Files, property));

    // The whole-file decode: its text, or its error, and its warnings.
    private static (string? Text, string? Error, List<string> Warnings) Whole(byte[] bytes, string file, bool replace)
    {
        var warnings = new List<string>();
        try
        {
            return (TextFiles.Decode(bytes, file, replace, warnings.Add), null, warnings);
        }
        catch (KitInputException e)
        {
            return (null, e.Message, warnings);
        }
    }

    [Fact]
    public void Any_bytes_decode_or_fail_with_one_line_naming_the_file()
    {
        CheckFiles(bytes =>
        {
            foreach (bool replace in new[] { false, true })
            {
                var (text, error, _) = Whole(bytes, "f.txt", replace);
                Assert.True(text is not null || (error!.StartsWith("f.txt: ", StringComparison.Ordinal) && !error.Contains('\n')), error);
            }
        }, runs: 600);
    }

    [Fact]
    public void The_byte_offset_of_an_error_is_where_the_file_stops_being_text()
    {
        CheckFiles(bytes =>
        {
            var (_, error, _) = Whole(bytes, "f.txt", replace: false);
            if (error is null || bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]) return;
            var match = Offset().Match(error);
            Assert.True(match.Success, error);
            int offset = int.Parse(match.Groups["offset"].Value);
            int bom = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
            if (match.Groups["kind"].Value == "control character")
                Assert.True(bytes[offset] < 0x20, $"byte {offset} is 0x{bytes[offset]:X2}: {error}");
            // A NUL among the first 8,000 bytes makes the file binary, whatever comes before it (as git decides).
            if (bytes[offset] == 0 && offset < bom + 8000)
            {
                Assert.Equal(offset, Array.IndexOf(bytes, (byte)0, bom));
                return;
            }
            // Else everything before the offset is valid UTF-8 text (a BOM aside): the offset is the first problem.
            var before = bytes[bom..offset];
            Assert.True(before.All(b => b >= 0x20 || b is 0x09 or 0x0A or 0x0B or 0x0C or 0x0D), error);
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(before);
        }, runs: 600);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(4096)]
    public void Reading_as_a_stream_in_blocks_gives_the_same_text_error_and_warnings(int blockSize)
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "f.txt");
        CheckFiles(bytes =>
        {
            File.WriteAllBytes(path, bytes);
            foreach (bool replace in new[] { false, true })
            {
                var (text, error, warnings) = Whole(bytes, path, replace);
                var streamed = new StringBuilder();
                var streamWarnings = new List<string>();
                string? streamError = null;
                try
                {
                    foreach (var chunk in TextFiles.ReadChunks(path, replace, streamWarnings.Add, chunkSize: 5, maxChunkSize: 1 << 20, blockSize))
                    {
                        Assert.Equal(streamed.Length, chunk.Start);
                        streamed.Append(chunk.Text);
                    }
                }
                catch (KitInputException e)
                {
                    streamError = e.Message;
                }
                Assert.Equal(error, streamError);
                if (error is null) Assert.Equal(text, streamed.ToString());
                Assert.Equal(warnings, streamWarnings);
            }
        });
    }

    [Fact]
    public void Text_saved_as_utf8_or_utf16_reads_back_as_it_was()
    {
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(300 * TextGen.RunFactor), Prop.ForAll(TextGen.FileTexts, text =>
        {
            // A UTF-8 file that starts with U+FEFF starts with a BOM, which is dropped.
            Assert.Equal(text.StartsWith('\uFEFF') ? text[1..] : text, TextFiles.Decode(Encoding.UTF8.GetBytes(text), "f"));
            Assert.Equal(text, TextFiles.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)], "f"));
            Assert.Equal(text, TextFiles.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)], "f"));
            Assert.Equal(text, TextFiles.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(text)], "f"));
        }));
    }

    [Fact]
    public void Tokenizing_piece_by_piece_gives_the_terms_of_the_whole_text()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "f.txt");
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(300 * TextGen.RunFactor), Prop.ForAll(TextGen.FileTexts, raw =>
        {
            string text = raw.StartsWith('\uFEFF') ? "x" + raw : raw; // a leading U+FEFF would be read as a BOM
            File.WriteAllText(path, text, new UTF8Encoding(false));
            // Pieces of about 8 characters: cut after every line break and before most spaces.
            var chunks = TextFiles.ReadChunks(path, chunkSize: 8).ToList();
            Assert.Equal(text, string.Concat(chunks.Select(c => c.Text)));
            foreach (var profile in Analyzers.Profiles)
            {
                var analyze = Analyzers.ForProfile(profile);
                var whole = analyze(text);
                var pieces = chunks.SelectMany(c => analyze(c.Text).Select(t => t with { Start = t.Start + c.Start, End = t.End + c.Start })).ToList();
                Assert.True(whole.SequenceEqual(pieces),
                    $"{profile}: {string.Join(" | ", whole)} ≠ {string.Join(" | ", pieces)} for {TextGen.Show(text)} cut as {string.Join(" / ", chunks.Select(c => TextGen.Show(c.Text)))}");
            }
        }));
    }

    [GeneratedRegex(@"^f\.txt: (not valid UTF-8 at|not a text file: (?<kind>control character) 0x[0-9A-F]{2} at) byte (?<offset>\d+)\.")]
    private static partial Regex Offset();
}
