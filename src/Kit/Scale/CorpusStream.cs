using Kit.Cleaning;
using Kit.Corpus;

namespace Kit.Scale;

/// <summary>
/// A corpus folder read one article at a time, for corpora too large to hold in memory (a year of a newspaper).
/// Only the list of file names is kept; <see cref="Select{T}"/> reads, cleans and analyzes articles on every core
/// and hands the results back in file-name order, a few articles ahead at most.
/// </summary>
public sealed class CorpusStream
{
    private readonly Action<string>? _warn;

    private CorpusStream(IReadOnlyList<string> files, bool replaceInvalidUtf8, Action<string>? warn, Cleaner? cleaner)
    {
        Files = files;
        ReplaceInvalidUtf8 = replaceInvalidUtf8;
        _warn = warn;
        Cleaner = cleaner;
    }

    /// <summary>
    /// The .txt files of a folder, in file-name order (the folder is checked now, the files when read). Warnings
    /// (odd files, replaced bytes) go to warn, standard error by default, as CorpusLoader's do.
    /// </summary>
    public static CorpusStream Open(string folder, bool replaceInvalidUtf8 = false, Action<string>? warn = null) =>
        new(new FolderFiles(folder, CorpusLoader.ArticleFiles(folder, warn)), replaceInvalidUtf8, warn, null);

    public IReadOnlyList<string> Files { get; }

    public bool ReplaceInvalidUtf8 { get; }

    /// <summary>The cleaning rules applied to each article as it is read; null: none.</summary>
    public Cleaner? Cleaner { get; }

    /// <summary>The same stream, each article cleaned as it is read (the bundled rules by default).</summary>
    public CorpusStream Cleaned(Cleaner? cleaner = null) => new(Files, ReplaceInvalidUtf8, _warn, cleaner ?? Cleaner.Default);

    /// <summary>Total size of the files in bytes.</summary>
    public long Bytes => Files.Sum(f => new FileInfo(f).Length);

    /// <summary>
    /// Reads every file once as a stream, keeping nothing, and fails on the first that cannot be an article: a command
    /// that prints as it goes checks first, so its output is whole or absent, never half an array.
    /// </summary>
    public CorpusStream Checked()
    {
        foreach (var file in Files) CorpusLoader.CheckFile(file, ReplaceInvalidUtf8);
        return this;
    }

    /// <summary>The articles one after the other, read when asked for.</summary>
    public IEnumerable<Document> Documents() => Files.Select(Read);

    /// <summary>Reads and analyzes the articles in parallel; results come in file-name order.</summary>
    public IEnumerable<T> Select<T>(Func<Document, T> analyze, int window = 0) =>
        Files.SelectOrdered(file => analyze(Read(file)), window);

    /// <summary>The same, each article with its place in the folder (0 for the first file).</summary>
    public IEnumerable<T> Select<T>(Func<Document, int, T> analyze, int window = 0) =>
        Files.Select((file, index) => (file, index)).SelectOrdered(item => analyze(Read(item.file), item.index), window);

    private Document Read(string file) =>
        CorpusLoader.LoadFile(file, ReplaceInvalidUtf8, _warn, CorpusLoader.DefaultMaxFileBytes, Cleaner);

    /// <summary>
    /// The paths of a folder's files, kept as their names and joined to the folder when read: a folder of 188,940
    /// articles keeps 8 MB less than with every path whole (docs/performance.md).
    /// </summary>
    private sealed class FolderFiles(string folder, IReadOnlyList<string> paths) : IReadOnlyList<string>
    {
        private readonly string[] _names = paths.Select(p => Path.GetFileName(p)).ToArray();

        public int Count => _names.Length;

        public string this[int index] => Path.Join(folder, _names[index]);

        public IEnumerator<string> GetEnumerator()
        {
            for (int i = 0; i < _names.Length; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
