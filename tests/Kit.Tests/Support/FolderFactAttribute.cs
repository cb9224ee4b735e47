using Kit.Files;

namespace Kit.Tests.Support;

/// <summary>A test over an evaluation folder: skipped, with the reason, when the folder is not there.</summary>
public sealed class FolderFactAttribute : FactAttribute
{
    /// <param name="environmentVariable">A variable naming the folder (e.g. KIT_BLIND_SET), or null.</param>
    /// <param name="relativePath">A folder under the repository root (e.g. tests/gold/blind/dev), or null.</param>
    public FolderFactAttribute(string? environmentVariable, string? relativePath = null)
    {
        string? folder = FolderFor(environmentVariable, relativePath);
        if (folder is null)
            Skip = environmentVariable is not null ? $"set {environmentVariable} to an annotated folder (persons.tsv, quotes.tsv, *.txt) to run it"
                : $"{relativePath} is not there yet (the lead copies the blind set there after its first run)";
        else if (!Directory.Exists(folder))
            Skip = $"{folder}: no such folder";
    }

    public static string? FolderFor(string? environmentVariable, string? relativePath)
    {
        if (environmentVariable is not null)
            return Environment.GetEnvironmentVariable(environmentVariable) is { Length: > 0 } value ? value : null;
        if (relativePath is null) return null;
        string path = Path.Combine(KitPaths.Root, relativePath);
        return Directory.Exists(path) ? path : null;
    }
}
