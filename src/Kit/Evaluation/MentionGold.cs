using System.Globalization;
using Kit.Actors;
using Kit.Files;

namespace Kit.Evaluation;

/// <summary>Hand-annotated actor mentions (tests/gold/mentions.tsv; format in tests/gold/README-mentions.md).</summary>
public static class MentionGold
{
    public static string DefaultPath => Path.Combine(KitPaths.Root, "tests", "gold", "mentions.tsv");

    public static IReadOnlyList<Mention> Load(string? path = null)
    {
        path ??= DefaultPath;
        var mentions = new List<Mention>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.StartsWith('#') || line.StartsWith("doc\t", StringComparison.Ordinal) || line.Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length < 7) throw new KitInputException($"{path}, line {lineNumber}: expected 7 tab-separated columns, found {f.Length}.", path);
            var kind = f[6] == "adjective" ? MentionKind.Adjective : MentionKind.Name;
            mentions.Add(new Mention(f[0], f[4], f[5], f[3], int.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture), -1, kind));
        }
        return mentions;
    }

    /// <summary>Per type and overall scores of name mentions: a mention is right when document, span and actor agree.</summary>
    public static IReadOnlyList<Scores> Evaluate(IEnumerable<Mention> gold, IEnumerable<Mention> system, MentionKind kind = MentionKind.Name)
    {
        var g = gold.Where(m => m.Kind == kind).ToList();
        var s = system.Where(m => m.Kind == kind).ToList();
        static (string, int, int, string) Key(Mention m) => (m.Document, m.Start, m.End, m.Actor);
        var scores = ActorType.All
            .Select(type => Scores.Compare(type, g.Where(m => m.Type == type), s.Where(m => m.Type == type), Key))
            .ToList();
        scores.Add(Scores.Compare("overall", g, s, Key));
        return scores;
    }
}
