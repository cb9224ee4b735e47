using System.Text.Json;
using Kit.Files;

namespace Kit.Exercises;

/// <summary>
/// The course's exercises, their titles and hints: <c>src/Kit/Data/exercises.json</c> (an instructor edits it), (a notebook can add
/// its own with <see cref="Course.Define"/>).
/// </summary>
public sealed class ExerciseCatalog
{
    private readonly Dictionary<string, ExerciseInfo> _exercises;

    public ExerciseCatalog(IEnumerable<ExerciseInfo> exercises) =>
        _exercises = exercises.ToDictionary(e => e.Id, StringComparer.Ordinal);

    /// <summary>The bundled catalog (Data/exercises.json inside Kit.dll).</summary>
    public static ExerciseCatalog Default { get; } = Parse(KitData.ReadText("exercises.json"), "exercises.json");

    public static ExerciseCatalog Load(string path) => Parse(TextFiles.ReadUtf8(path), path);

    public IReadOnlyList<ExerciseInfo> All => _exercises.Values.OrderBy(e => e, ById).ToList();

    public ExerciseInfo? this[string id] => _exercises.GetValueOrDefault(id);

    /// <summary>The exercises of one notebook ("3"), in order.</summary>
    public IReadOnlyList<ExerciseInfo> OfNotebook(string notebook) => All.Where(e => e.Notebook == notebook).ToList();

    /// <summary>Orders "1.2" before "1.10".</summary>
    public static IComparer<ExerciseInfo> ById { get; } = Comparer<ExerciseInfo>.Create((a, b) =>
    {
        static (int, int) Key(string id) => id.Split('.') is [var n, var m] && int.TryParse(n, out int major) && int.TryParse(m, out int minor) ? (major, minor) : (int.MaxValue, int.MaxValue);
        int c = Key(a.Id).CompareTo(Key(b.Id));
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    });

    private static ExerciseCatalog Parse(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var list = new List<ExerciseInfo>();
            foreach (var item in document.RootElement.GetProperty("exercises").EnumerateArray())
            {
                string id = item.GetProperty("id").GetString() ?? throw new KitInputException($"{source}: an exercise without an id.", source);
                var hints = item.TryGetProperty("hints", out var h) ? h.EnumerateArray().Select(x => x.GetString() ?? "").ToList() : [];
                list.Add(new ExerciseInfo(id,
                    item.TryGetProperty("title", out var t) ? t.GetString() ?? id : id,
                    item.TryGetProperty("kind", out var k) ? k.GetString() ?? "practice" : "practice",
                    hints));
            }
            var duplicate = list.GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null) throw new KitInputException($"{source}: exercise {duplicate.Key} is listed twice.", source);
            return new ExerciseCatalog(list);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new KitInputException($"{source}: not a valid exercise list ({e.Message}).", source);
        }
    }
}
