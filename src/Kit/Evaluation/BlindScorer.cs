using System.Globalization;
using System.Text;
using Kit.Actors;
using Kit.Corpus;
using Kit.Quotes;

namespace Kit.Evaluation;

/// <summary>
/// Scores the kit on a <see cref="BlindSet"/>, per document and in total:
/// <list type="bullet">
/// <item>person mentions: a predicted person mention is right when it overlaps a gold person span (each gold span counted once);</item>
/// <item>quote spans: a predicted quote is right when it overlaps at least half of a gold quote's span (one to one);</item>
/// <item>(speaker, quote) pairs: the quote is right and the predicted speaker span overlaps the gold speaker span or any
/// gold mention of the same gold person; an empty predicted speaker is right only for an empty gold speaker.</item>
/// </list>
/// </summary>
public static class BlindScorer
{
    public sealed record DocumentScores(string Document, Scores Persons, Scores QuoteSpans, Scores Pairs);

    public sealed record Result(IReadOnlyList<DocumentScores> Documents, Scores Persons, Scores QuoteSpans, Scores Pairs)
    {
        public string Report()
        {
            var s = new StringBuilder();
            string Row(string doc, Scores p, Scores q, Scores r) => string.Create(CultureInfo.InvariantCulture,
                $"{doc,-28} persons P={p.Precision:0.000} R={p.Recall:0.000} F1={p.F1:0.000} ({p.TruePositives}/{p.TruePositives + p.FalsePositives}/{p.TruePositives + p.FalseNegatives})" +
                $" | quotes P={q.Precision:0.000} R={q.Recall:0.000} F1={q.F1:0.000} | pairs P={r.Precision:0.000} R={r.Recall:0.000} F1={r.F1:0.000} ({r.TruePositives}/{r.TruePositives + r.FalsePositives}/{r.TruePositives + r.FalseNegatives})");
            foreach (var d in Documents) s.AppendLine(Row(d.Document, d.Persons, d.QuoteSpans, d.Pairs));
            s.AppendLine(Row("TOTAL", Persons, QuoteSpans, Pairs));
            return s.ToString();
        }
    }

    /// <summary>Runs a pipeline (the bundled one by default: what the kit commands run) on the set and scores its mentions and quotes.</summary>
    public static Result Run(BlindSet set, Reporting.AnalysisPipeline? pipeline = null)
    {
        pipeline ??= Reporting.AnalysisPipeline.Default;
        var predictedPersons = new List<Mention>();
        var predictedQuotes = new List<Quote>();
        foreach (var document in set.Documents)
        {
            var analysis = pipeline.Analyze(pipeline.Clean(document), stages: Reporting.AnalysisStages.Quotes);
            predictedPersons.AddRange(analysis.Mentions.Where(m => m.Type == ActorType.Person && m.Kind == MentionKind.Name));
            predictedQuotes.AddRange(analysis.Quotes!);
        }
        return Score(set.Documents.Select(d => d.Id).ToList(), set.Persons, set.Quotes, predictedPersons, predictedQuotes);
    }

    public static Result Score(IReadOnlyList<string> documents, IReadOnlyList<GoldPerson> goldPersons, IReadOnlyList<GoldQuote> goldQuotes,
        IReadOnlyList<Mention> persons, IReadOnlyList<Quote> quotes)
    {
        var rows = new List<DocumentScores>();
        foreach (var doc in documents)
        {
            var gp = goldPersons.Where(p => p.Document == doc).ToList();
            var gq = goldQuotes.Where(q => q.Document == doc).ToList();
            var sp = persons.Where(p => p.Document == doc).ToList();
            var sq = quotes.Where(q => q.Document == doc).ToList();
            rows.Add(new DocumentScores(doc, ScorePersons(doc, gp, sp), ScoreQuotes(doc, gq, sq, gp, pairs: false), ScoreQuotes(doc, gq, sq, gp, pairs: true)));
        }
        Scores Sum(string label, Func<DocumentScores, Scores> pick) =>
            new(label, rows.Sum(r => pick(r).TruePositives), rows.Sum(r => pick(r).FalsePositives), rows.Sum(r => pick(r).FalseNegatives));
        return new Result(rows, Sum("persons", r => r.Persons), Sum("quote spans", r => r.QuoteSpans), Sum("pairs", r => r.Pairs));
    }

    private static bool Overlap(int aStart, int aEnd, int bStart, int bEnd) => aStart < bEnd && bStart < aEnd;

    // Each predicted mention is right when it overlaps a gold span not yet counted.
    private static Scores ScorePersons(string doc, IReadOnlyList<GoldPerson> gold, IReadOnlyList<Mention> system)
    {
        var used = new bool[gold.Count];
        int tp = 0, fp = 0;
        foreach (var m in system)
        {
            int g = -1;
            for (int i = 0; i < gold.Count && g < 0; i++)
                if (!used[i] && Overlap(m.Start, m.End, gold[i].Start, gold[i].End)) g = i;
            if (g >= 0) { used[g] = true; tp++; }
            else fp++; // overlapping nothing, or only gold spans already counted
        }
        return new Scores($"persons {doc}", tp, fp, gold.Count - tp);
    }

    // One to one: each gold quote takes the first predicted quote left that covers at least half of it (and, for pairs, has the right speaker).
    private static Scores ScoreQuotes(string doc, IReadOnlyList<GoldQuote> gold, IReadOnlyList<Quote> system, IReadOnlyList<GoldPerson> persons, bool pairs)
    {
        var used = new bool[system.Count];
        int tp = 0;
        foreach (var g in gold)
        {
            int length = Math.Max(1, g.End - g.Start);
            int best = -1, bestOverlap = 0;
            for (int i = 0; i < system.Count; i++)
            {
                if (used[i]) continue;
                int overlap = Math.Min(g.End, system[i].End) - Math.Max(g.Start, system[i].Start);
                if (overlap * 2 < length || overlap <= bestOverlap) continue;
                if (pairs && !SameSpeaker(g, system[i], persons)) continue;
                best = i;
                bestOverlap = overlap;
            }
            if (best < 0) continue;
            used[best] = true;
            tp++;
        }
        return new Scores($"{(pairs ? "pairs" : "quotes")} {doc}", tp, system.Count - tp, gold.Count - tp);
    }

    /// <summary>The predicted speaker overlaps the gold speaker phrase or any gold mention of the same person; empty matches only empty.</summary>
    public static bool SameSpeaker(GoldQuote gold, Quote system, IReadOnlyList<GoldPerson> persons)
    {
        var s = system.Speaker is { Start: >= 0 } speaker && speaker.End > speaker.Start ? speaker : null;
        if (!gold.HasSpeaker || s is null) return !gold.HasSpeaker && s is null;
        if (Overlap(s.Start, s.End, gold.SpeakerStart, gold.SpeakerEnd)) return true;
        return gold.Person.Length > 0 && persons.Any(p => p.Document == gold.Document && p.Person == gold.Person && Overlap(s.Start, s.End, p.Start, p.End));
    }
}
