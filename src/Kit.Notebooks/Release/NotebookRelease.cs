using Kit.Notebooks.Model;

namespace Kit.Notebooks.Release;

/// <summary>Releases every instructor notebook of a folder into the student folder.</summary>
public static class NotebookRelease
{
    /// <summary>
    /// Writes the student notebooks; returns the paths written. Refuses to write into the source folder (by any name:
    /// links are followed) and never overwrites a file that holds solution markers, so an instructor notebook is safe.
    /// </summary>
    public static IReadOnlyList<string> ReleaseFolder(string instructorFolder, string studentFolder, CancellationToken cancellationToken = default)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        string from = RealPath.Of(instructorFolder);
        string to = RealPath.Of(studentFolder);
        if (string.Equals(from, to, comparison) || to.StartsWith(from + Path.DirectorySeparatorChar, comparison))
            throw new NotebookFormatException($"{studentFolder}: kit release will not write into the folder it releases from ({instructorFolder}); choose another --out.");
        // Read, check and release everything first, so a bad notebook leaves nothing half-written.
        var released = ReadAndValidate(instructorFolder)
            .Select(notebook => (Path: Path.Combine(studentFolder, notebook.Name), Text: ExerciseReleaser.Release(notebook)))
            .ToList();
        foreach (var (path, _) in released)
            if (HoldsSolutions(path))
                throw new NotebookFormatException($"{path}: holds {ExerciseReleaser.BeginMarker} markers, so it looks like an instructor notebook; kit release will not overwrite it.");
        // All or nothing: staged beside the student folder, then moved into place (Ctrl+C or a full disk changes nothing).
        Kit.Files.StagedFiles.WriteAll(released, cancellationToken);
        return released.Select(r => r.Path).ToList();
    }

    /// <summary>The notebooks of a source folder, in name order, their exercise numbers checked (<see cref="ExerciseNumbering"/>).</summary>
    public static IReadOnlyList<Notebook> ReadAndValidate(string instructorFolder)
    {
        if (!Directory.Exists(instructorFolder))
            throw new NotebookFormatException($"{instructorFolder}: no such folder.");
        var notebooks = Directory.GetFiles(instructorFolder, "*.ipynb").Order(StringComparer.Ordinal).Select(NotebookJson.Read).ToList();
        if (notebooks.Count == 0)
            throw new NotebookFormatException($"{instructorFolder}: holds no .ipynb notebooks to release.");
        ExerciseNumbering.Validate(notebooks);
        return notebooks;
    }

    // A released notebook never holds a marker line (each region became a stub): a notebook that does is someone's source.
    private static bool HoldsSolutions(string path)
    {
        if (!File.Exists(path)) return false;
        try
        {
            return NotebookJson.Read(path).Cells.Any(c => c.Source.Split('\n').Any(line => line.Trim() == ExerciseReleaser.BeginMarker));
        }
        catch (NotebookFormatException)
        {
            // A notebook being edited may be broken JSON for a while: the marker anywhere in it is enough to keep it.
            try { return File.ReadAllText(path).Contains(ExerciseReleaser.BeginMarker, StringComparison.Ordinal); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
        }
    }
}
