namespace Kit.Files;

/// <summary>Finds the kit's folders (seeds/, notebooks/) from wherever the code runs: a notebook, a test, the CLI.</summary>
public static class KitPaths
{
    private static readonly Lazy<string> RootLazy = new(FindRoot);

    /// <summary>The repository root: the first folder up from here (or from Kit.dll) that holds Kit.sln.</summary>
    public static string Root => RootLazy.Value;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Notebooks => Path.Combine(Root, "notebooks");

    private static string FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("KIT_ROOT");
        if (!string.IsNullOrEmpty(env)) return Path.GetFullPath(env);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory, Path.GetDirectoryName(typeof(KitPaths).Assembly.Location) ?? "" })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Kit.sln")) && Directory.Exists(Path.Combine(dir.FullName, "seeds")))
                    return dir.FullName;
        }
        throw new DirectoryNotFoundException("Cannot find the kit's folder (the one with Kit.sln and seeds/). Set KIT_ROOT to it.");
    }
}
