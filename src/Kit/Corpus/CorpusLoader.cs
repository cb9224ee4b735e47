using Kit.Cleaning;
using Kit.Files;

namespace Kit.Corpus;

/// <summary>
/// Loads a folder of UTF-8 .txt files as documents, in file-name order. Bad input fails with one line naming the
/// file and the place; odd but usable input (an empty file, text that is not Arabic, other files in the folder)
/// loads with a warning, sent to <c>warn</c> (standard error by default).
/// </summary>
public static class CorpusLoader
{
    /// <summary>The largest file loaded as one article: a news article is a few kilobytes; more is a dump to split.</summary>
    public const long DefaultMaxFileBytes = 32_000_000;

    public static TextCorpus Load(string folder, bool replaceInvalidUtf8 = false, Action<string>? warn = null, long maxFileBytes = DefaultMaxFileBytes) =>
        new(ArticleFiles(folder, warn).Select(f => LoadFile(f, replaceInvalidUtf8, warn, maxFileBytes)).ToList());

    /// <summary>The .txt files of a corpus folder in file-name order; bad folders fail with one clear line, other files are named in a warning.</summary>
    public static IReadOnlyList<string> ArticleFiles(string folder, Action<string>? warn = null)
    {
        if (File.Exists(folder))
            throw new KitInputException($"{folder}: is a file; give the folder that holds the .txt articles.", folder);
        if (!Directory.Exists(folder))
            throw new KitInputException($"{folder}: no such folder.", folder);
        var all = Directory.GetFiles(folder).Order(StringComparer.Ordinal).ToList();
        var files = all.Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)).ToList();
        // dates.tsv is the corpus's metadata (ArticleDates), not a stray file.
        var others = all.Except(files).Select(Path.GetFileName).Where(n => n is not null && !n.StartsWith('.') && n != ArticleDates.FileName).ToList();
        if (files.Count == 0)
            throw new KitInputException($"{folder}: holds no .txt files; put one UTF-8 text file per article there.", folder);
        if (others.Count > 0)
            (warn ?? TextFiles.WarnOnStandardError)($"{folder}: skipped {others.Count} file{(others.Count == 1 ? "" : "s")} that {(others.Count == 1 ? "is" : "are")} not .txt: {string.Join(", ", others.Take(5))}{(others.Count > 5 ? ", …" : "")}.");
        return files;
    }

    public static Document LoadFile(string path, bool replaceInvalidUtf8 = false, Action<string>? warn = null, long maxFileBytes = DefaultMaxFileBytes) =>
        LoadFile(path, replaceInvalidUtf8, warn, maxFileBytes, cleaner: null);

    /// <summary>
    /// The file's document, cleaned by cleaner when one is given: the same document as cleaner.Clean(LoadFile(…)), made
    /// once (the uncleaned one's paragraphs were found, then thrown away, for every article of a stream).
    /// </summary>
    internal static Document LoadFile(string path, bool replaceInvalidUtf8, Action<string>? warn, long maxFileBytes, Cleaner? cleaner)
    {
        string text = ReadArticle(path, replaceInvalidUtf8, warn, maxFileBytes);
        var letters = new LetterCount();
        letters.Add(text);
        if (letters.Warning(path) is { } warning) (warn ?? TextFiles.WarnOnStandardError)(warning);
        string id = System.IO.Path.GetFileNameWithoutExtension(path);
        var date = ArticleDates.ForFile(path);
        return new Document(id, text, path, cleaner?.FindRemovals(id, text)) { Date = date };
    }

    // Anything unusual (missing, a folder, too large, changed while read) takes the step-by-step path, whose checks name
    // the problem as they always did. The bytes go to the thread's buffer (ThreadBuffers), decoded before this thread
    // reads another file.
    private static string ReadArticle(string path, bool replaceInvalidUtf8, Action<string>? warn, long maxFileBytes)
    {
        // On Linux plain system calls read it (no lock, one status call fewer: LinuxFile); elsewhere the runtime's handle.
        var bytes = LinuxFile.TryRead(path, maxFileBytes, out int length) ?? ReadThroughHandle(path, maxFileBytes, out length);
        if (bytes is null)
        {
            RefuseTooLarge(path, maxFileBytes);
            return TextFiles.ReadUtf8(path, replaceInvalidUtf8, warn);
        }
        return TextFiles.Decode(bytes.AsSpan(0, length), path, replaceInvalidUtf8, warn);
    }

    // The file opened once, its length checked and its bytes read through the same handle (a corpus of 18,888 files
    // spent 1.6 % of kit report in the three look-ups before); null when anything is unusual.
    private static byte[]? ReadThroughHandle(string path, long maxFileBytes, out int length)
    {
        length = 0;
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            long size = RandomAccess.GetLength(handle);
            if (size > maxFileBytes || size > Array.MaxLength) return null;
            length = (int)size;
            var read = Caching.ThreadBuffers.FileBytes(length); // not zeroed: used only when its first length bytes are filled
            int filled = 0;
            for (int n; filled < length && (n = RandomAccess.Read(handle, read.AsSpan(filled, length - filled), filled)) > 0;) filled += n;
            return filled == length ? read : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Fails as <see cref="LoadFile"/> would on a file that cannot be an article (too large, not text, not valid UTF-8),
    /// reading it as a stream and keeping nothing: a command checks every file before it prints a line.
    /// </summary>
    public static void CheckFile(string path, bool replaceInvalidUtf8 = false, long maxFileBytes = DefaultMaxFileBytes)
    {
        RefuseTooLarge(path, maxFileBytes);
        TextFiles.Check(path, replaceInvalidUtf8);
    }

    private static void RefuseTooLarge(string path, long maxFileBytes)
    {
        long size = File.Exists(path) ? new FileInfo(path).Length : 0;
        if (size > maxFileBytes)
            throw new KitInputException(
                $"{path}: {size / 1e6:0.0} MB is too large for one article (the limit is {maxFileBytes / 1e6:0.#} MB); split it into one file per article.", path);
    }

    /// <summary>The five seed articles that ship with the kit (seeds/ at the top of the repository).</summary>
    public static TextCorpus LoadSeeds() => Load(KitPaths.Seeds);
}
