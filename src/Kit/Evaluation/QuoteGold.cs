using System.Globalization;
using Kit.Files;
using Kit.Quotes;

namespace Kit.Evaluation;

/// <summary>
/// Hand-annotated quotes (tests/gold/quotes.tsv for the seeds, tests/gold/extra/quotes-extra.tsv for a text written
/// for the kit; format and rules in tests/gold/README-quotes.md), and the scores of an extractor against them.
/// </summary>
public static class QuoteGold
{
    private const int Columns = 11;

    public static string DefaultPath => Path.Combine(KitPaths.Root, "tests", "gold", "quotes.tsv");

    public static string ExtraPath => Path.Combine(KitPaths.Root, "tests", "gold", "extra", "quotes-extra.tsv");

    public static string ExtraTextPath => Path.Combine(KitPaths.Root, "tests", "gold", "extra", "quotes-extra.txt");

    /// <summary>The texts beside the seeds in tests/gold/extra, each with its gold: written for the kit, see README-quotes.md.</summary>
    public static IReadOnlyList<string> ExtraTexts { get; } = ["quotes-extra", "quotes-heldout", "quotes-heldout-2"];

    /// <summary>One of <see cref="ExtraTexts"/>: its text and its gold quotes (the document id is the name).</summary>
    public static (string Text, IReadOnlyList<Quote> Gold) LoadExtra(string name)
    {
        string folder = Path.GetDirectoryName(ExtraPath)!;
        return (TextFiles.ReadUtf8(Path.Combine(folder, name + ".txt")), Load(Path.Combine(folder, name + ".tsv")));
    }

    /// <summary>The gold quotes of a TSV file (the seeds' by default).</summary>
    public static IReadOnlyList<Quote> Load(string? path = null)
    {
        path ??= DefaultPath;
        var quotes = new List<Quote>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("doc\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length != Columns)
                throw new KitInputException($"{path}, line {lineNumber}: expected {Columns} tab-separated columns, found {f.Length}.", path);
            var kind = f[1] switch
            {
                "direct" => QuoteKind.Direct,
                "indirect" => QuoteKind.Indirect,
                "mixed" => QuoteKind.Mixed,
                _ => throw new KitInputException($"{path}, line {lineNumber}: kind '{f[1]}' should be direct, indirect or mixed.", path),
            };
            int Int(int column) => int.TryParse(f[column], NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v
                : throw new KitInputException($"{path}, line {lineNumber}, column {column + 1}: '{f[column]}' is not an offset.", path);
            var speaker = f[7].Length == 0 ? null
                : new QuoteSpeaker(f[7], Int(5), Int(6), f[8].Length == 0 ? null : f[8], f[10] == "yes", "gold", "hand annotation");
            quotes.Add(new Quote(f[0], kind, f[4], Int(2), Int(3), f[9], speaker, "hand annotation"));
        }
        return quotes;
    }

    /// <summary>
    /// Scores of system quotes against gold ones. Spans: exact (same document, start and end) and overlap (a system
    /// quote overlapping a gold quote, each used once). Pairs (speaker, quote): the span matches and the speaker
    /// agrees: same actor when the gold has one, else the same speaker span.
    /// </summary>
    public static QuoteEvaluation Evaluate(IReadOnlyList<Quote> gold, IReadOnlyList<Quote> system)
    {
        var exactSpans = Match(gold, system, exact: true, speaker: false);
        var overlapSpans = Match(gold, system, exact: false, speaker: false);
        var exactPairs = Match(gold, system, exact: true, speaker: true);
        var overlapPairs = Match(gold, system, exact: false, speaker: true);
        Scores Score(string label, Dictionary<Quote, Quote> m) => new(label, m.Count, system.Count - m.Count, gold.Count - m.Count);
        var matched = exactSpans.ToList();
        return new QuoteEvaluation(
            Score("spans, exact", exactSpans), Score("spans, overlap", overlapSpans),
            Score("pairs, exact span", exactPairs), Score("pairs, overlapping span", overlapPairs),
            matched.Count(p => p.Key.Kind == p.Value.Kind), matched.Count(p => p.Key.Verb == p.Value.Verb),
            matched.Count(p => p.Key.Resolved == p.Value.Resolved), matched.Count,
            gold.Where(g => !overlapSpans.ContainsKey(g)).ToList(),
            system.Where(s => !overlapSpans.ContainsValue(s)).ToList(),
            overlapSpans.Where(p => !overlapPairs.ContainsKey(p.Key)).Select(p => (p.Key, p.Value)).ToList(),
            exactSpans.Count == overlapSpans.Count ? [] : overlapSpans.Where(p => !exactSpans.ContainsKey(p.Key)).Select(p => (p.Key, p.Value)).ToList());
    }

    /// <summary>Whether the system's speaker is the gold's: the same actor when the gold names one, else the same span.</summary>
    public static bool SameSpeaker(Quote gold, Quote system) =>
        gold.Actor is not null ? gold.Actor == system.Actor
            : gold.Speaker is { } g && system.Speaker is { } s
              && (g.Start == s.Start && g.End == s.End || g.Start == s.NameStart && g.End == s.NameEnd); // this gold writes the name alone where the kit gives title + name

    // One-to-one: each gold quote takes the system quote that overlaps it most (or matches it exactly) among those left.
    private static Dictionary<Quote, Quote> Match(IReadOnlyList<Quote> gold, IReadOnlyList<Quote> system, bool exact, bool speaker)
    {
        var used = new HashSet<Quote>(ReferenceEqualityComparer.Instance);
        var matches = new Dictionary<Quote, Quote>(ReferenceEqualityComparer.Instance);
        foreach (var g in gold)
        {
            Quote? best = null;
            int bestOverlap = 0;
            foreach (var s in system)
            {
                if (used.Contains(s) || s.Document != g.Document) continue;
                if (speaker && !SameSpeaker(g, s)) continue;
                int overlap = Math.Min(g.End, s.End) - Math.Max(g.Start, s.Start);
                bool fits = exact ? s.Start == g.Start && s.End == g.End : overlap > 0;
                if (fits && overlap > bestOverlap)
                {
                    best = s;
                    bestOverlap = overlap;
                }
            }
            if (best is null) continue;
            used.Add(best);
            matches[g] = best;
        }
        return matches;
    }
}
