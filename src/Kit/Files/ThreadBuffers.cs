namespace Kit.Files;

/// <summary>
/// Each thread's arrays for reading one file: its bytes and its decoded characters, used again for the next file
/// (a corpus is thousands of articles of a few kilobytes: two arrays of an article's size each were garbage at once).
/// A file above <see cref="Limit"/> gets arrays of its own, so no thread keeps a large one.
/// </summary>
internal static class ThreadBuffers
{
    /// <summary>The largest array kept for the next file, in elements.</summary>
    public const int Limit = 1 << 20;

    [ThreadStatic] private static byte[]? _bytes;
    [ThreadStatic] private static char[]? _chars;

    /// <summary>An array of at least length bytes, not zeroed; valid until this thread reads its next file.</summary>
    public static byte[] Bytes(int length) =>
        length > Limit ? GC.AllocateUninitializedArray<byte>(length)
        : _bytes is { } kept && kept.Length >= length ? kept
        : _bytes = GC.AllocateUninitializedArray<byte>(Size(length));

    /// <summary>An array of at least length chars, not zeroed; valid until this thread decodes its next file.</summary>
    public static char[] Chars(int length) =>
        length > Limit ? GC.AllocateUninitializedArray<char>(length)
        : _chars is { } kept && kept.Length >= length ? kept
        : _chars = GC.AllocateUninitializedArray<char>(Size(length));

    // Grown by powers of two (at least 16 KB) so that a thread's array is made a few times in all, not per larger file.
    private static int Size(int length) => Math.Min(Limit, Math.Max(1 << 14, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)length)));
}
