using System.Globalization;

namespace Kit.Cli.Commands;

/// <summary>Free space where a command is about to write, checked first: better one line now than a full disk later.</summary>
internal static class DiskSpace
{
    /// <summary>The free bytes of the file system that holds a path (the mount point with the longest matching prefix).</summary>
    public static long? FreeBytes(string path)
    {
        string full = Path.GetFullPath(path);
        var drive = DriveInfo.GetDrives()
            .Where(d => d.IsReady && IsUnder(full, d.RootDirectory.FullName))
            .MaxBy(d => d.RootDirectory.FullName.Length);
        return drive?.AvailableFreeSpace;
    }

    /// <summary>Fails with one line (an IOException: exit code 1) when fewer than the needed bytes are free.</summary>
    public static void Require(string path, long neededBytes, string what)
    {
        if (FreeBytes(path) is { } free && free < neededBytes)
            throw new IOException(string.Create(CultureInfo.InvariantCulture,
                $"{what} needs about {neededBytes / 1e9:0.0##} GB on disk, and {path} has {free / 1e9:0.0##} GB free; ask for less or free some space."));
    }

    private static bool IsUnder(string path, string root)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        root = root.TrimEnd(Path.DirectorySeparatorChar);
        return root.Length == 0 || path.Equals(root, comparison) || path.StartsWith(root + Path.DirectorySeparatorChar, comparison);
    }
}
