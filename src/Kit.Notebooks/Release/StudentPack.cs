using System.Text.RegularExpressions;
using Kit.Notebooks.Model;

namespace Kit.Notebooks.Release;

/// <summary>
/// A folder to hand to students: the student notebooks, <c>lib/Kit.dll</c> (the notebooks' <c>#r</c> points at it),
/// the corpus's .txt files in <c>corpus/</c>, and a README. No solutions, no gold, no expected answers: the checks
/// inside Kit.dll work them out from the corpus. It runs from wherever it is copied.
/// </summary>
public static partial class StudentPack
{
    /// <summary>The file that marks a folder as a pack kit release may replace.</summary>
    public const string Marker = ".kit-pack";

    public const string LibraryFolder = "lib";

    public const string CorpusFolder = "corpus";

    /// <summary>
    /// Writes the pack into <paramref name="packFolder"/>: everything goes to a temporary folder beside it first, and
    /// only a complete pack is renamed into place, so an error or Ctrl+C leaves no half pack (and an older pack intact).
    /// </summary>
    public static IReadOnlyList<string> Write(string instructorFolder, string packFolder, string corpusFolder, string kitDll,
        CancellationToken cancellationToken = default)
    {
        string target = Path.GetFullPath(packFolder);
        Refuse(instructorFolder, target);
        if (!Directory.Exists(corpusFolder)) throw new NotebookFormatException($"{corpusFolder}: no such corpus folder.");
        if (!File.Exists(kitDll)) throw new NotebookFormatException($"{kitDll}: Kit.dll not found; build the kit first (dotnet build).");
        var notebooks = NotebookRelease.ReadAndValidate(instructorFolder);
        var released = notebooks.Select(n => (Name: n.Name, Text: ForPack(ExerciseReleaser.Release(n), n.Name))).ToList();
        var articles = Directory.GetFiles(corpusFolder, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (articles.Count == 0) throw new NotebookFormatException($"{corpusFolder}: holds no .txt articles.");

        string parent = Path.GetDirectoryName(target) ?? ".";
        Directory.CreateDirectory(parent);
        string temporary = Path.Combine(parent, $".{Path.GetFileName(target)}.partial-{Environment.ProcessId}");
        string? old = null;
        try
        {
            if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
            Directory.CreateDirectory(Path.Combine(temporary, LibraryFolder));
            Directory.CreateDirectory(Path.Combine(temporary, CorpusFolder));
            foreach (var (name, text) in released)
            {
                cancellationToken.ThrowIfCancellationRequested();
                File.WriteAllText(Path.Combine(temporary, name), text);
            }
            File.Copy(kitDll, Path.Combine(temporary, LibraryFolder, "Kit.dll"));
            foreach (var article in articles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                File.Copy(article, Path.Combine(temporary, CorpusFolder, Path.GetFileName(article)));
            }
            File.WriteAllText(Path.Combine(temporary, "README.md"), Readme(released.Select(r => r.Name), articles.Count, Contents(instructorFolder)));
            File.WriteAllText(Path.Combine(temporary, Marker), "A student pack written by kit release --pack; kit release may replace this folder.\n");
            cancellationToken.ThrowIfCancellationRequested();
            if (Directory.Exists(target))
            {
                old = Path.Combine(parent, $".{Path.GetFileName(target)}.old-{Environment.ProcessId}");
                if (Directory.Exists(old)) Directory.Delete(old, recursive: true);
                Directory.Move(target, old);
            }
            Directory.Move(temporary, target);
        }
        catch
        {
            if (Directory.Exists(temporary)) Directory.Delete(temporary, recursive: true);
            if (old is not null && !Directory.Exists(target) && Directory.Exists(old)) Directory.Move(old, target);
            throw;
        }
        if (old is not null && Directory.Exists(old)) Directory.Delete(old, recursive: true);
        return Directory.GetFiles(target, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A student notebook rewritten to run inside the pack: Kit.dll from lib/, the corpus from corpus/.</summary>
    public static string ForPack(string studentJson, string name)
    {
        var notebook = NotebookJson.Parse(studentJson, name);
        var root = notebook.Root;
        var cells = root["cells"]!.AsArray();
        foreach (var cell in notebook.Cells)
        {
            // The contents page is the pack's README, beside the notebooks.
            string source = CorpusDefault().Replace(cell.Source, $"CorpusFolder(\"{CorpusFolder}\")").Replace("](../README.md)", "](README.md)");
            if (cell.IsCode)
            {
                source = KitReference().Replace(source, $"#r \"{LibraryFolder}/Kit.dll\"");
                if (source.Contains("../", StringComparison.Ordinal))
                    throw new NotebookFormatException($"{name}, cell {cell.Number}: reaches outside the notebook's folder (\"../\"); a pack must carry everything it reads. Read files through the corpus folder instead.");
            }
            if (source != cell.Source) cells[cell.Number - 1]!["source"] = NotebookJson.SplitSource(source);
        }
        return NotebookJson.Serialize(root);
    }

    private static void Refuse(string instructorFolder, string target)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        string real = RealPath.Of(target);
        string from = RealPath.Of(instructorFolder);
        string parent = Path.GetDirectoryName(from) ?? from;
        // The folders of notebooks: the source, its siblings that hold notebooks (the student folder), and all of a notebooks/ folder.
        var notebookFolders = Directory.Exists(parent)
            ? Directory.GetDirectories(parent).Where(d => d == from || Directory.EnumerateFiles(d, "*.ipynb").Any()).Select(RealPath.Of).Append(from).ToList()
            : [from];
        if (Path.GetFileName(parent) == "notebooks") notebookFolders.Add(parent);
        bool Inside(string folder) => string.Equals(real, folder, comparison) || real.StartsWith(folder + Path.DirectorySeparatorChar, comparison);
        if (notebookFolders.Any(Inside) || string.Equals(real, parent, comparison) || from.StartsWith(real + Path.DirectorySeparatorChar, comparison))
            throw new NotebookFormatException($"{target}: kit release will not write a pack into or over the notebook folders ({parent}); choose a folder outside them.");
        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, Marker)))
            throw new NotebookFormatException($"{target}: is not empty and is not a pack kit release wrote; choose an empty or new folder.");
    }

    // The table of notebooks/README.md (beside the instructor folder), its links made to point beside it, or nothing.
    private static string Contents(string instructorFolder)
    {
        string page = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(instructorFolder)) ?? ".", "README.md");
        if (!File.Exists(page)) return "";
        var table = File.ReadLines(page).Where(l => l.StartsWith('|')).Select(l => l.Replace("](student/", "](", StringComparison.Ordinal)).ToList();
        return table.Count == 0 ? "" : "## Contents\n\n" + string.Join("\n", table) + "\n";
    }

    private static string Readme(IEnumerable<string> notebooks, int articles, string contents) => $"""
        # Text analysis of Arabic news: the student pack

        Open the notebooks in order, in VS Code with the .NET kernel (Jupyter extension, kernel ".NET (C#)") or Polyglot
        Notebooks, and run the cells from the top. Everything they need is in this folder:

        - {string.Join("\n- ", notebooks)}
        - `lib/Kit.dll`: the kit's library (the first cell of each notebook loads it);
        - `corpus/`: the {articles} articles the notebooks read.

        Each exercise ends with a check. A check that is not done says so; `Hint("1.1")` gives a hint, and calling it
        again the next one; `Progress()` lists the exercises of the notebook.

        To work on other articles, put one UTF-8 .txt file per article in a folder and change `"corpus"` in the first
        cell of a notebook to that folder (or set the environment variable KIT_CORPUS to it before you start).

        {contents}
        """;

    [GeneratedRegex("""#r\s+"[^"\n]*Kit\.dll"\s*$""", RegexOptions.Multiline)]
    private static partial Regex KitReference();

    [GeneratedRegex("""CorpusFolder\("[^"\n]*"\)""")]
    private static partial Regex CorpusDefault();
}
