namespace Kit.Text;

/// <summary>
/// Reading text files the strict way: UTF-8 (a BOM is dropped) or UTF-16 with a BOM; a file that is not text or not
/// valid fails with one line naming the file and the byte offset. With <c>replaceInvalid</c>, bad byte sequences become
/// U+FFFD and a warning names the file and the first one's offset.
/// </summary>
public static class TextFiles
{
    private const int BlockSize = 1 << 16;

    /// <summary>Where warnings go when the caller gives no other place: standard error, one line each.</summary>
    public static void WarnOnStandardError(string message) => Console.Error.WriteLine($"warning: {message}");

    /// <summary>Decodes a whole file's bytes.</summary>
    public static string Decode(byte[] bytes, string file, bool replaceInvalid = false, Action<string>? warn = null)
    {
        var decoder = StrictDecoder.Start(file, bytes, replaceInvalid, out int bom);
        var chars = new char[bytes.Length - bom + 2];
        int length = decoder.Decode(bytes.AsSpan(bom), chars, last: true);
        ReportReplacements(file, decoder, warn);
        return new string(chars, 0, length);
    }

    public static string ReadUtf8(string path, bool replaceInvalid = false, Action<string>? warn = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotRead(path, e);
        }
        return Decode(bytes, path, replaceInvalid, warn);
    }

    /// <summary>
    /// The file's text in pieces of about <paramref name="chunkSize"/> characters, read as a stream so that memory
    /// stays small whatever the file's size. A piece ends after a line break, else before a space, where no word
    /// can go on; only a run of <paramref name="maxChunkSize"/> characters with neither is cut where it stands.
    /// </summary>
    public static IEnumerable<TextChunk> ReadChunks(string path, bool replaceInvalid = false, Action<string>? warn = null,
        int chunkSize = 1 << 16, int maxChunkSize = 1 << 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChunkSize, chunkSize);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BlockSize, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CannotRead(path, e);
        }
        using (stream)
        {
            // Offsets are 32-bit: a file has at most as many UTF-16 code units as bytes.
            if (stream.Length > int.MaxValue)
                throw new KitInputException($"{path}: {stream.Length / 1e6:0} MB is more than the 2 GB a text can hold here; split the file.", path);
            foreach (var chunk in Chunks(path, stream, replaceInvalid, warn, chunkSize, maxChunkSize))
                yield return chunk;
        }
    }

    private static IEnumerable<TextChunk> Chunks(string path, Stream stream, bool replaceInvalid, Action<string>? warn, int chunkSize, int maxChunkSize)
    {
        var block = new byte[Math.Max(BlockSize, StrictDecoder.BinarySniffLength)];
        int read = Read(stream, block, path, atLeast: StrictDecoder.BinarySniffLength);
        var decoder = StrictDecoder.Start(path, block.AsSpan(0, read), replaceInvalid, out int from);
        var pending = new char[chunkSize + block.Length + 2];
        int count = 0;
        int start = 0;
        while (true)
        {
            bool last = read == 0;
            int needed = count + read - from + 2;
            if (needed > pending.Length) Array.Resize(ref pending, Math.Max(needed, pending.Length * 2));
            count += decoder.Decode(block.AsSpan(from, read - from), pending.AsSpan(count), last);
            while (count > 0 && (count >= chunkSize || last))
            {
                int cut = count >= chunkSize ? FindCut(pending.AsSpan(0, count), maxChunkSize) : 0;
                if (cut == 0)
                {
                    if (!last) break;
                    cut = count;
                }
                yield return new TextChunk(new string(pending, 0, cut), start);
                start += cut;
                count -= cut;
                Array.Copy(pending, cut, pending, 0, count);
            }
            if (last) break;
            from = 0;
            read = Read(stream, block, path, atLeast: 1);
        }
        ReportReplacements(path, decoder, warn);
    }

    // After the last line break; else before the last space that follows a non-space; else, past the limit, at the limit.
    private static int FindCut(ReadOnlySpan<char> text, int maxChunkSize)
    {
        int newline = text.LastIndexOf('\n');
        if (newline >= 0) return newline + 1;
        for (int i = text.Length - 1; i > 0; i--)
            if (text[i] == ' ' && text[i - 1] != ' ') return i;
        if (text.Length < maxChunkSize) return 0;
        return char.IsHighSurrogate(text[maxChunkSize - 1]) ? maxChunkSize - 1 : maxChunkSize;
    }

    private static int Read(Stream stream, byte[] block, string path, int atLeast)
    {
        try
        {
            return stream.ReadAtLeast(block, Math.Min(atLeast, block.Length), throwOnEndOfStream: false);
        }
        catch (IOException e)
        {
            throw CannotRead(path, e);
        }
    }

    private static void ReportReplacements(string file, StrictDecoder decoder, Action<string>? warn)
    {
        var (count, first) = decoder.Replaced;
        if (count > 0)
            (warn ?? WarnOnStandardError)($"{file}: {count} invalid byte sequence{(count == 1 ? "" : "s")} replaced by U+FFFD, the first at byte {first}.");
    }

    private static KitInputException CannotRead(string path, Exception e) =>
        new($"{path}: cannot read the file ({e.Message})", path, e);
}
