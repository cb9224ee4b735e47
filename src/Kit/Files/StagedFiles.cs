using System.Text;

namespace Kit.Files;

/// <summary>
/// Several files written all or nothing: each is written whole into a hidden staging folder beside its target, and
/// only when every one is there are they moved into place (renames: a moment). Stopped (the token: Ctrl+C) or failing
/// (a full disk, a folder where a file should go) before that, no target has changed and the staging folder is gone.
/// </summary>
public static class StagedFiles
{
    public static void WriteAll(IReadOnlyList<(string Path, string Content)> files, CancellationToken cancellationToken = default)
    {
        var stagingFolders = new Dictionary<string, string>(StringComparer.Ordinal); // target folder → its staging folder
        var createdFolders = new List<string>();
        var staged = new List<(string Temp, string Target)>();
        bool done = false;
        try
        {
            for (int i = 0; i < files.Count; i++)
            {
                var (path, content) = files[i];
                cancellationToken.ThrowIfCancellationRequested();
                string target = Path.GetFullPath(path);
                if (Directory.Exists(target)) throw new IOException($"{path}: is a folder; cannot write a file there.");
                string folder = Path.GetDirectoryName(target)!;
                if (!stagingFolders.TryGetValue(folder, out var staging))
                {
                    if (File.Exists(folder)) throw new IOException($"{folder}: is a file; cannot write {Path.GetFileName(target)} into it.");
                    if (!Directory.Exists(folder))
                    {
                        Directory.CreateDirectory(folder);
                        createdFolders.Add(folder);
                    }
                    staging = Path.Combine(folder, $".kit-staging.{Environment.ProcessId}.{Guid.NewGuid():N}");
                    Directory.CreateDirectory(staging);
                    stagingFolders[folder] = staging;
                }
                string temp = Path.Combine(staging, $"{i}.tmp");
                File.WriteAllText(temp, content, new UTF8Encoding(false));
                staged.Add((temp, target));
            }
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (temp, target) in staged) File.Move(temp, target, overwrite: true);
            done = true;
        }
        finally
        {
            foreach (var staging in stagingFolders.Values) TryDelete(() => Directory.Delete(staging, recursive: true));
            if (!done)
                foreach (var folder in Enumerable.Reverse(createdFolders))
                    TryDelete(() => Directory.Delete(folder)); // only if still empty: it was made for these files
        }
    }

    private static void TryDelete(Action delete)
    {
        try { delete(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { }
    }
}
