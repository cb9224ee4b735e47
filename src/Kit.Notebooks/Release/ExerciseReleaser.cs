using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Kit.Notebooks.Model;

namespace Kit.Notebooks.Release;

/// <summary>
/// Makes the student version of an instructor notebook (nbgrader style): each <c>// BEGIN SOLUTION</c> …
/// <c>// END SOLUTION</c> region becomes <c>throw new NotImplementedException("Exercise N.M");</c>, outputs are
/// cleared. The exercise number is the nearest "Exercise N.M" written before the region (in markdown or code).
/// </summary>
public static partial class ExerciseReleaser
{
    public const string BeginMarker = "// BEGIN SOLUTION";
    public const string EndMarker = "// END SOLUTION";

    /// <summary>The student notebook's JSON text, deterministic for a given instructor notebook.</summary>
    public static string Release(Notebook instructor)
    {
        var student = (JsonObject)instructor.Root.DeepClone();
        string? exercise = null;
        foreach (var cell in instructor.Cells)
        {
            var json = (JsonObject)((JsonArray)student["cells"]!)[cell.Number - 1]!;
            string source = cell.Source;
            var (released, lastExercise) = ReplaceSolutions(source, exercise, instructor.Name, cell.Number);
            exercise = lastExercise;
            if (released != source) json["source"] = NotebookJson.SplitSource(released);
            if (cell.IsCode)
            {
                json["outputs"] = new JsonArray();
                json["execution_count"] = null;
            }
        }
        return NotebookJson.Serialize(student);
    }

    /// <summary>The exercise ids (in order) whose solutions a notebook holds.</summary>
    public static IReadOnlyList<string> Exercises(Notebook instructor) => ExerciseNumbering.Locate(instructor).Select(e => e.Id).ToList();

    internal static (string Source, string? Exercise) ReplaceSolutions(string source, string? exercise, string notebook, int cell)
    {
        var output = new StringBuilder();
        var lines = source.Split('\n');
        bool inside = false;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            string trimmed = line.Trim();
            if (!inside && ExerciseName().Match(line) is { Success: true } m) exercise = m.Groups[1].Value;
            if (trimmed == BeginMarker)
            {
                if (inside) throw new NotebookFormatException($"{notebook}, cell {cell}, line {i + 1}: {BeginMarker} inside another solution region.");
                if (exercise is null) throw new NotebookFormatException($"{notebook}, cell {cell}, line {i + 1}: a solution region with no \"Exercise N.M\" before it.");
                inside = true;
                string indent = line[..(line.Length - line.TrimStart().Length)];
                output.Append(indent).Append($"throw new NotImplementedException(\"Exercise {exercise}\");");
                if (i < lines.Length - 1) output.Append('\n');
                continue;
            }
            if (trimmed == EndMarker)
            {
                if (!inside) throw new NotebookFormatException($"{notebook}, cell {cell}, line {i + 1}: {EndMarker} without {BeginMarker}.");
                inside = false;
                continue;
            }
            if (inside) continue;
            output.Append(line);
            if (i < lines.Length - 1) output.Append('\n');
        }
        if (inside) throw new NotebookFormatException($"{notebook}, cell {cell}: {BeginMarker} is never closed by {EndMarker}.");
        return (output.ToString().TrimEnd('\n') + (source.EndsWith('\n') ? "\n" : ""), exercise);
    }

    [GeneratedRegex(@"Exercise\s+(\d+\.\d+)")]
    private static partial Regex ExerciseName();
}
