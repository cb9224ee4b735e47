using System.Globalization;
using System.Text.RegularExpressions;
using Kit.Notebooks.Model;

namespace Kit.Notebooks.Release;

/// <summary>
/// The exercise numbers of a set of notebooks must read like a book: in notebook NN, exercises NN.1, NN.2, … in order,
/// none missing, none twice, and no two notebooks with the same first number. kit release refuses anything else.
/// </summary>
public static partial class ExerciseNumbering
{
    /// <summary>An exercise and the cell that holds its solution.</summary>
    public sealed record Located(string Id, int Cell);

    /// <summary>The solution regions of a notebook, by exercise and cell, in order (two regions of one cell are one exercise).</summary>
    public static IReadOnlyList<Located> Locate(Notebook notebook)
    {
        var found = new List<Located>();
        string? exercise = null;
        foreach (var cell in notebook.Cells)
        {
            foreach (var line in cell.Source.Split('\n'))
            {
                if (ExerciseName().Match(line) is { Success: true } m) exercise = m.Groups[1].Value;
                if (line.Trim() == ExerciseReleaser.BeginMarker && exercise is not null
                    && !(found.Count > 0 && found[^1].Id == exercise && found[^1].Cell == cell.Number))
                    found.Add(new Located(exercise, cell.Number));
            }
        }
        return found;
    }

    /// <summary>Throws a NotebookFormatException naming the first problem with one notebook's numbers.</summary>
    public static void Validate(Notebook notebook)
    {
        var exercises = Locate(notebook);
        if (exercises.Count == 0) return;
        string name = notebook.Name;
        int? fileNumber = LeadingNumber().Match(name) is { Success: true } n ? int.Parse(n.Value, CultureInfo.InvariantCulture) : null;
        int major = fileNumber ?? Major(exercises[0].Id);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < exercises.Count; i++)
        {
            var (id, cell) = (exercises[i].Id, exercises[i].Cell);
            if (seen.TryGetValue(id, out int first))
                throw new NotebookFormatException($"{name}, cell {cell}: Exercise {id} appears twice (first in cell {first}); number each exercise once.");
            seen[id] = cell;
            if (Major(id) != major)
                throw new NotebookFormatException($"{name}, cell {cell}: Exercise {id} does not belong here: the exercises of {(fileNumber is null ? "this notebook" : $"notebook {major:00}")} are numbered {major}.1, {major}.2, …");
            int expected = i + 1;
            int minor = Minor(id);
            if (minor == expected) continue;
            if (minor < expected)
                throw new NotebookFormatException($"{name}, cell {cell}: Exercise {id} comes after {exercises[i - 1].Id}; exercises are numbered in the order they appear.");
            if (exercises.Skip(i + 1).FirstOrDefault(e => e.Id == $"{major}.{expected}") is { } later)
                throw new NotebookFormatException($"{name}, cell {cell}: Exercise {id} comes before {later.Id} (cell {later.Cell}); exercises are numbered in the order they appear.");
            throw new NotebookFormatException(i == 0
                ? $"{name}, cell {cell}: the first exercise is {id}; number them from {major}.1."
                : $"{name}, cell {cell}: Exercise {major}.{expected} is missing: {exercises[i - 1].Id} is followed by {id}.");
        }
    }

    /// <summary>Validates each notebook, then that no two notebooks number their exercises alike.</summary>
    public static void Validate(IEnumerable<Notebook> notebooks)
    {
        var majors = new Dictionary<int, string>();
        foreach (var notebook in notebooks)
        {
            Validate(notebook);
            var exercises = Locate(notebook);
            if (exercises.Count == 0) continue;
            int major = Major(exercises[0].Id);
            if (majors.TryGetValue(major, out var other))
                throw new NotebookFormatException($"{notebook.Name}: its exercises are numbered {major}.…, like those of {other}; give each notebook its own number.");
            majors[major] = notebook.Name;
        }
    }

    private static int Major(string id) => int.Parse(id.Split('.')[0], CultureInfo.InvariantCulture);

    private static int Minor(string id) => int.Parse(id.Split('.')[1], CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Exercise\s+(\d+\.\d+)")]
    private static partial Regex ExerciseName();

    [GeneratedRegex(@"^\d+")]
    private static partial Regex LeadingNumber();
}
