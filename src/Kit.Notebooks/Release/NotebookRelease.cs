using Kit.Notebooks.Model;

namespace Kit.Notebooks.Release;

/// <summary>Releases every instructor notebook of a folder into the student folder.</summary>
public static class NotebookRelease
{
    /// <summary>Writes the student notebooks; returns the paths written. Refuses to write into the source folder.</summary>
    public static IReadOnlyList<string> ReleaseFolder(string instructorFolder, string studentFolder)
    {
        string from = Path.GetFullPath(instructorFolder).TrimEnd(Path.DirectorySeparatorChar);
        string to = Path.GetFullPath(studentFolder).TrimEnd(Path.DirectorySeparatorChar);
        if (string.Equals(from, to, StringComparison.Ordinal) || to.StartsWith(from + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new NotebookFormatException($"{studentFolder}: kit release will not write into the instructor folder {instructorFolder}; choose another --out.");
        if (!Directory.Exists(from))
            throw new NotebookFormatException($"{instructorFolder}: no such folder.");
        var written = new List<string>();
        // Read and release everything first, so a bad notebook leaves nothing half-written.
        var released = Directory.GetFiles(from, "*.ipynb").Order(StringComparer.Ordinal)
            .Select(path => (Path: Path.Combine(to, Path.GetFileName(path)), Text: ExerciseReleaser.Release(NotebookJson.Read(path))))
            .ToList();
        foreach (var (path, text) in released)
        {
            NotebookJson.WriteAtomically(path, text);
            written.Add(path);
        }
        return written;
    }
}
