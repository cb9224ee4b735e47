namespace Kit.Files;

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
    public static string Decode(byte[] bytes, string file, bool replaceInvalid = false, Action<string>? warn = null) =>
        Decode(bytes.AsSpan(), file, replaceInvalid, warn);

    /// <summary>Decodes a whole file's bytes, wherever they are held (a reading thread's buffer: see ThreadBuffers).</summary>
    internal static string Decode(ReadOnlySpan<byte> bytes, string file, bool replaceInvalid = false, Action<string>? warn = null)
    {
        var decoder = StrictDecoder.Start(file, bytes, replaceInvalid, out int bom);
        // The thread's buffer, not zeroed: the decoder writes the chars that are read (one transcoding pass; a count
        // first would be a second), and the string is copied out before a warning could read another file.
        var chars = Caching.ThreadBuffers.FileChars(bytes.Length - bom + 2);
        int length = decoder.Decode(bytes[bom..], chars, last: true);
        string text = new(chars, 0, length);
        ReportReplacements(file, decoder, warn);
        return text;
    }

    public static string ReadUtf8(string path, bool replaceInvalid = false, Action<string>? warn = null)
    {
        RefuseFolder(path);
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
    /// Reads a whole file as a stream and keeps nothing: bad input fails here, with the same line as when it is read
    /// for real, before a command has printed anything. Warnings are left to the real reading.
    /// </summary>
    public static void Check(string path, bool replaceInvalid = false)
    {
        foreach (var _ in ReadChunks(path, replaceInvalid, warn: _ => { })) { }
    }

    /// <summary>
    /// The file's text in pieces of about <paramref name="chunkSize"/> characters, read as a stream so that memory
    /// stays small whatever the file's size. A piece ends after a line break, else before a space, where no word
    /// can go on; only a run of <paramref name="maxChunkSize"/> characters with neither is cut where it stands.
    /// </summary>
    public static IEnumerable<TextChunk> ReadChunks(string path, bool replaceInvalid = false, Action<string>? warn = null,
        int chunkSize = 1 << 16, int maxChunkSize = 1 << 20) =>
        ReadChunks(path, replaceInvalid, warn, chunkSize, maxChunkSize, BlockSize);

    /// <summary>As above, reading blockSize bytes at a time (tests use tiny blocks to cut characters between blocks).</summary>
    internal static IEnumerable<TextChunk> ReadChunks(string path, bool replaceInvalid, Action<string>? warn, int chunkSize, int maxChunkSize, int blockSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChunkSize, chunkSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockSize, 1);
        RefuseFolder(path);
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
            foreach (var chunk in Chunks(path, stream, replaceInvalid, warn, chunkSize, maxChunkSize, blockSize))
                yield return chunk;
        }
    }

    private static IEnumerable<TextChunk> Chunks(string path, Stream stream, bool replaceInvalid, Action<string>? warn, int chunkSize, int maxChunkSize, int blockSize)
    {
        // The first bytes are read at once, to choose the encoding and look for a NUL; then blockSize bytes at a time.
        var buffer = new byte[Math.Max(blockSize, StrictDecoder.BinarySniffLength)];
        int filled = Read(stream, buffer, path, StrictDecoder.BinarySniffLength);
        var decoder = StrictDecoder.Start(path, buffer.AsSpan(0, filled), replaceInvalid, out int from);
        var pending = new char[chunkSize + blockSize + 2];
        int count = 0;
        int start = 0;
        while (true)
        {
            if (from == filled)
            {
                filled = Read(stream, buffer, path, blockSize);
                from = 0;
            }
            bool last = filled == 0;
            int take = Math.Min(blockSize, filled - from);
            if (count + take + 2 > pending.Length) Array.Resize(ref pending, Math.Max(count + take + 2, pending.Length * 2));
            count += decoder.Decode(buffer.AsSpan(from, take), pending.AsSpan(count), last);
            from += take;
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

    // Up to count bytes (fewer only at the end of the file).
    private static int Read(Stream stream, byte[] buffer, string path, int count)
    {
        try
        {
            return stream.ReadAtLeast(buffer.AsSpan(0, count), count, throwOnEndOfStream: false);
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

    // A folder where a file is expected: the system would only say "access denied".
    private static void RefuseFolder(string path)
    {
        if (Directory.Exists(path)) throw new KitInputException($"{path}: is a folder; give a text file.", path);
    }

    private static KitInputException CannotRead(string path, Exception e) =>
        new($"{path}: cannot read the file ({e.Message})", path, e);
}
