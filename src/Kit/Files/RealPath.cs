namespace Kit.Files;

/// <summary>A path with every symbolic link in it followed: two names of one folder compare equal.</summary>
public static class RealPath
{
    public static string Of(string path) => Resolve(Path.GetFullPath(path), depth: 0);

    /// <summary>
    /// The real path of each path in turn, as <see cref="Of"/> gives it, each folder resolved once: a corpus of 18,888
    /// files in one folder costs a few system calls a file instead of a few per folder level (docs/performance.md).
    /// </summary>
    public static IEnumerable<string> OfEach(IEnumerable<string> paths)
    {
        var folders = new Dictionary<string, Folder>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            string full = Path.GetFullPath(path);
            string? parent = Path.GetDirectoryName(full);
            string name = Path.GetFileName(full);
            if (parent is null || name.Length == 0)
            {
                yield return Resolve(full, depth: 0);
                continue;
            }
            if (!folders.TryGetValue(parent, out var folder)) folders[parent] = folder = new Folder(Resolve(parent, depth: 0));
            yield return Trimmed(folder.IsPlain(name) ? Path.Combine(folder.Real, name) : Step(folder.Real, name, depth: 0));
        }
    }

    // A real folder and, once many of its files are asked for, the names in it that are no link: one listing (the
    // entries' types come with it) instead of one readlink a file, 18,883 of them for a corpus folder.
    private sealed class Folder(string real)
    {
        private const int AskedBeforeListing = 16;
        private int _asked;
        private HashSet<string>? _plain;

        public string Real { get; } = real;

        public bool IsPlain(string name)
        {
            if (_plain is null && ++_asked > AskedBeforeListing) _plain = PlainNames(Real);
            return _plain is not null && _plain.Contains(name);
        }

        // Links are skipped by their entry's type; a folder that cannot be listed lists nothing, and each name takes the step.
        private static HashSet<string> PlainNames(string folder)
        {
            var options = new EnumerationOptions { AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = false };
            try
            {
                return new System.IO.Enumeration.FileSystemEnumerable<string>(folder, (ref System.IO.Enumeration.FileSystemEntry e) => e.FileName.ToString(), options)
                    .ToHashSet(StringComparer.Ordinal);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return [];
            }
        }
    }

    private static string Resolve(string full, int depth)
    {
        if (depth > 40) return full; // a loop of links: give up following
        string root = Path.GetPathRoot(full) ?? "";
        string current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
            current = Step(current, part, depth);
        return Trimmed(current);
    }

    // One more part of a path whose folder is already real: the part itself, or where its link leads.
    private static string Step(string current, string part, int depth)
    {
        string next = Path.Combine(current, part);
        // Only a link leads elsewhere, and a path that is none (each article of a corpus folder) is told by one readlink;
        // the look-ups below make several calls.
        if (new FileInfo(next).LinkTarget is null) return next;
        FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
        if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            next = Resolve(Path.GetFullPath(target.FullName), depth + 1);
        return next;
    }

    private static string Trimmed(string current) =>
        current.TrimEnd(Path.DirectorySeparatorChar) is { Length: > 0 } trimmed ? trimmed : current;
}
