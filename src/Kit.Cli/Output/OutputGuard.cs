using Kit.Files;

namespace Kit.Cli.Output;

/// <summary>
/// What a command may write over, checked on the path with every symbolic link followed, before any work is done:
/// never a notebook, one of the command's own inputs, or a file of the kit itself (src/, notebooks/, seeds/, tests/);
/// an existing file only when the same command wrote it (its marker is in the file's first bytes), or with --force.
/// </summary>
internal static class OutputGuard
{
    private static readonly string[] KitFolders = ["src", "notebooks", "seeds", "tests"];

    /// <summary>The real path to write to (links followed), or a KitInputException naming what the file is.</summary>
    /// <param name="outPath">The path as given.</param>
    /// <param name="command">The command's name, for the message: "kit report".</param>
    /// <param name="marker">Text the command's own output holds near its start.</param>
    /// <param name="inputs">The files the command reads.</param>
    /// <param name="force">Whether an existing file of another kind may be replaced.</param>
    public static string Check(string outPath, string command, string marker, IEnumerable<string> inputs, bool force)
    {
        string real = RealPath.Of(outPath);
        string shown = real == Path.GetFullPath(outPath) ? outPath : $"{outPath} (a link to {real})";
        if (real.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
            throw new KitInputException($"{shown}: is a notebook; {command} never writes over one. Give --out another name.", outPath);
        var comparer = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        if (RealPath.OfEach(inputs).Any(input => comparer.Equals(input, real)))
            throw new KitInputException($"{shown}: is a file {command} reads; it never writes over its input. Give --out another name.", outPath);
        if (KitFolderHolding(real) is { } folder)
            throw new KitInputException($"{shown}: is in the kit's own {folder}/ folder; {command} never writes there. Give --out a path outside it.", outPath);
        if (File.Exists(real) && !force && !Holds(real, marker))
            throw new KitInputException($"{shown}: exists and was not written by {command}; give --out another name, or add --force to replace it.", outPath);
        return real;
    }

    private static string? KitFolderHolding(string real)
    {
        string? root;
        try { root = RealPath.Of(KitPaths.Root); }
        catch (DirectoryNotFoundException) { return null; } // the kit installed without its sources: nothing of it to protect
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return KitFolders.FirstOrDefault(f => real.StartsWith(Path.Combine(root, f) + Path.DirectorySeparatorChar, comparison));
    }

    // The marker in the first 4 KB: the kit writes it at the top of the file.
    private static bool Holds(string path, string marker)
    {
        try
        {
            using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            var start = new char[4096];
            int read = reader.ReadBlock(start, 0, start.Length);
            return new string(start, 0, read).Contains(marker, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
