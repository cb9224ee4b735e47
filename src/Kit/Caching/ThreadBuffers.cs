namespace Kit.Caching;

/// <summary>
/// Each thread's arrays for one text at a time, used again for the next: a file's bytes and its decoded characters
/// (TextFiles, CorpusLoader), and the normalizer's output (FusedNormalizer); other kinds are kept by their users with
/// <see cref="Reused"/> (OffsetMapBuilder, TextLayers). A corpus is thousands of articles of a few kilobytes, and arrays
/// of an article's size each were garbage at once. An array is valid until its thread asks for the same kind again; a
/// length above <see cref="Limit"/> gets an array of its own, so no thread keeps a large one.
/// </summary>
internal static class ThreadBuffers
{
    /// <summary>The largest array kept for the next text, in elements.</summary>
    public const int Limit = 1 << 20;

    [ThreadStatic] private static byte[]? _fileBytes;
    [ThreadStatic] private static char[]? _fileChars;
    [ThreadStatic] private static char[]? _normalizedChars;

    /// <summary>At least length bytes for a file read whole, not zeroed.</summary>
    public static byte[] FileBytes(int length) => Reused(ref _fileBytes, length);

    /// <summary>At least length chars for a file's decoded text, not zeroed.</summary>
    public static char[] FileChars(int length) => Reused(ref _fileChars, length);

    /// <summary>At least length chars for a normalized text being written, not zeroed.</summary>
    public static char[] NormalizedChars(int length) => Reused(ref _normalizedChars, length);

    /// <summary>
    /// At least length elements, not zeroed: the array kept (a [ThreadStatic] field of the caller's) when long enough,
    /// else a new one kept in its place. Grown by powers of two (at least 4 K elements) so that a thread's array is made
    /// a few times in all, not per larger text.
    /// </summary>
    public static T[] Reused<T>(ref T[]? kept, int length) =>
        length > Limit ? GC.AllocateUninitializedArray<T>(length)
        : kept is { } array && array.Length >= length ? array
        : kept = GC.AllocateUninitializedArray<T>(Math.Min(Limit, Math.Max(1 << 12, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)length))));

    /// <summary>A full array of <see cref="Reused"/> for one twice as long, with its elements copied in.</summary>
    public static T[] Doubled<T>(ref T[]? kept, T[] full)
    {
        var more = Reused(ref kept, 2 * full.Length);
        full.CopyTo(more, 0);
        return more;
    }
}
