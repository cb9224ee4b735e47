namespace Kit.Notebooks.Release;

/// <summary>A path with every symbolic link in it followed: two names of one folder compare equal (see Kit.Files.RealPath).</summary>
internal static class RealPath
{
    public static string Of(string path) => Kit.Files.RealPath.Of(path);
}
