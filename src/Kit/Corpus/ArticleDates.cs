using System.Collections.Concurrent;
using System.Globalization;
using Kit.Files;

namespace Kit.Corpus;

/// <summary>
/// The dates of a corpus's articles, as an instructor sets them: a file <c>dates.tsv</c> in the corpus folder or the
/// folder above it (so dev/ and heldout/ can share one), a header line, then one line per article:
/// <c>file&lt;TAB&gt;YYYY-MM-DD</c> (the file name with or without .txt). Articles it does not list keep the date of
/// their dateline, if any (<see cref="Dateline"/>). A role such as «الرئيس الأمريكي» names a person only on a known date.
/// </summary>
public static class ArticleDates
{
    public const string FileName = "dates.tsv";

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, DateOnly>> Cache = new(StringComparer.Ordinal);

    /// <summary>The dates listed for the articles of a folder (empty when there is no dates.tsv).</summary>
    public static IReadOnlyDictionary<string, DateOnly> ForFolder(string folder) =>
        Cache.GetOrAdd(Path.GetFullPath(folder), f =>
        {
            string here = Path.Combine(f, FileName);
            string? parent = Path.GetDirectoryName(f);
            string? path = File.Exists(here) ? here : parent is not null && File.Exists(Path.Combine(parent, FileName)) ? Path.Combine(parent, FileName) : null;
            return path is null ? new Dictionary<string, DateOnly>() : Read(path);
        });

    /// <summary>The date of the article stored at this path, from its folder's dates.tsv, or null.</summary>
    public static DateOnly? ForFile(string path)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is null) return null;
        return ForFolder(folder).TryGetValue(Path.GetFileNameWithoutExtension(path), out var date) ? date : null;
    }

    /// <summary>Reads a dates file; a line that is not "file TAB YYYY-MM-DD" fails with its number.</summary>
    public static IReadOnlyDictionary<string, DateOnly> Read(string path)
    {
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        int number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            string line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (f.Length < 2) throw new KitInputException($"{path}, line {number}: expected file<TAB>YYYY-MM-DD.", path);
            if (!DateOnly.TryParseExact(f[1].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                if (number == 1) continue; // the header line
                throw new KitInputException($"{path}, line {number}: '{f[1]}' is not a date written YYYY-MM-DD.", path);
            }
            string file = Path.GetFileName(f[0].Trim().Replace('\\', '/'));
            if (file.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)) file = file[..^4];
            dates[file] = date;
        }
        return dates;
    }
}
