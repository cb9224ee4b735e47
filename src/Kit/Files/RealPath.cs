namespace Kit.Files;

/// <summary>A path with every symbolic link in it followed: two names of one folder compare equal.</summary>
public static class RealPath
{
    public static string Of(string path) => Resolve(Path.GetFullPath(path), depth: 0);

    private static string Resolve(string full, int depth)
    {
        if (depth > 40) return full; // a loop of links: give up following
        string root = Path.GetPathRoot(full) ?? "";
        string current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            string next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
                next = Resolve(Path.GetFullPath(target.FullName), depth + 1);
            current = next;
        }
        return current.TrimEnd(Path.DirectorySeparatorChar) is { Length: > 0 } trimmed ? trimmed : current;
    }
}
