using Kit.Text;

namespace Kit.Corpus;

/// <summary>Loads a folder of UTF-8 .txt files as documents, in file-name order.</summary>
public static class CorpusLoader
{
    public static TextCorpus Load(string folder, bool replaceInvalidUtf8 = false) =>
        new(ArticleFiles(folder).Select(f => LoadFile(f, replaceInvalidUtf8)).ToList());

    /// <summary>The .txt files of a corpus folder in file-name order; bad folders fail with one clear line.</summary>
    public static IReadOnlyList<string> ArticleFiles(string folder)
    {
        if (File.Exists(folder))
            throw new KitInputException($"{folder}: is a file; give the folder that holds the .txt articles.", folder);
        if (!Directory.Exists(folder))
            throw new KitInputException($"{folder}: no such folder.", folder);
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new KitInputException($"{folder}: holds no .txt files; put one UTF-8 text file per article there.", folder);
        return files;
    }

    public static Document LoadFile(string path, bool replaceInvalidUtf8 = false)
    {
        string text = TextFiles.ReadUtf8(path, replaceInvalidUtf8);
        return new Document(System.IO.Path.GetFileNameWithoutExtension(path), text, path);
    }

    /// <summary>The five seed articles that ship with the kit (seeds/ at the top of the repository).</summary>
    public static TextCorpus LoadSeeds() => Load(KitPaths.Seeds);
}
