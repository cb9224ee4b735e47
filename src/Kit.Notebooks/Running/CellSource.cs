using System.Text.RegularExpressions;

namespace Kit.Notebooks.Running;

/// <summary>
/// Prepares a cell's source for Roslyn: magic commands (#!…) and NuGet references are handled here, with the same
/// line numbers as in the notebook.
/// </summary>
internal static partial class CellSource
{
    /// <summary>The code to compile, or the reason the cell is refused.</summary>
    public static (string Code, string? Refusal) Prepare(string source)
    {
        var lines = source.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                var magic = line[2..].Split(' ', 2)[0];
                if (magic is "csharp" or "c#" or "C#") { lines[i] = ""; continue; }
                return ("", $"line {i + 1}: the magic command #!{magic} is not supported by kit run (only C# cells run here).");
            }
            if (NuGetReference().IsMatch(line))
                return ("", $"line {i + 1}: #r \"nuget: …\" is not supported by kit run (no package restore while running); reference a DLL with #r \"path/to.dll\" instead.");
            if (line.StartsWith("#i ", StringComparison.Ordinal))
                return ("", $"line {i + 1}: #i (package sources) is not supported by kit run.");
        }
        return (string.Join('\n', lines), null);
    }

    [GeneratedRegex("^#r\\s+\"nuget\\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex NuGetReference();
}
