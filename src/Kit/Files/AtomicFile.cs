using System.Text;

namespace Kit.Files;

/// <summary>Writes a whole file or nothing: a temporary file beside it, then a rename, so a reader never sees half of it.</summary>
public static class AtomicFile
{
    public static void WriteAllText(string path, string content) =>
        Write(path, temp => File.WriteAllText(temp, content, new UTF8Encoding(false)));

    /// <summary>The text a writer gives, streamed to the file (UTF-8, no BOM): a large page is never one string in memory.</summary>
    public static void WriteText(string path, Action<TextWriter> write) =>
        Write(path, temp =>
        {
            using var writer = new StreamWriter(temp, false, new UTF8Encoding(false));
            write(writer);
        });

    public static void WriteAllBytes(string path, byte[] content) =>
        Write(path, temp => File.WriteAllBytes(temp, content));

    // On any error (a full disk, a signal turned into an exception) the temporary file is removed, the target untouched.
    private static void Write(string path, Action<string> writeTemp)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        var temp = TempPath(dir, Path.GetFileName(path));
        try
        {
            writeTemp(temp);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Hidden, and unique to this write: two writers of one file never share a temporary file.</summary>
    internal static string TempPath(string folder, string name) =>
        Path.Combine(folder, $".{name}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
}
