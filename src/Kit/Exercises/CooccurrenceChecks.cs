using Kit.Cooccurrence;
using Kit.Corpus;

namespace Kit.Exercises;

/// <summary>
/// Checks for notebook 04 (actor co-occurrence). Expected values come from the kit's counter and association
/// measures, on the small cases below and on the corpus the notebook loaded.
/// </summary>
public static class CooccurrenceChecks
{
    /// <summary>Exercise 4.1: the pairs one window contributes, given the actors mentioned in it (in text order, repeats included).</summary>
    public static CheckResult PairsInWindow(Func<IReadOnlyList<string>, IEnumerable<(string A, string B)>> pairsOf)
    {
        const string exercise = "4.1";
        (string[] Actors, (string, string)[] Pairs, string Why)[] cases =
        [
            (["russia", "united-states"], [("russia", "united-states")], "two actors make one pair"),
            (["john-kerry", "sergey-lavrov", "john-kerry", "sergey-lavrov"], [("john-kerry", "sergey-lavrov")], "named twice each, they still count once in this window"),
            (["russia", "russia"], [], "an actor is never paired with itself"),
            (["vladimir-putin", "russia", "syria", "russia"], [("russia", "syria"), ("russia", "vladimir-putin"), ("syria", "vladimir-putin")], "three actors make three pairs"),
            ([], [], "a window without actors gives no pair"),
        ];
        foreach (var (actors, expected, why) in cases)
        {
            var answer = Check.Run(exercise, () => pairsOf(actors).ToList());
            var unordered = answer.Select(p => string.CompareOrdinal(p.A, p.B) <= 0 ? (p.A, p.B) : (p.B, p.A)).ToList();
            string shown = $"[{string.Join(", ", actors)}]";
            Check.That(exercise, unordered.All(p => p.Item1 != p.Item2), $"for {shown} you paired an actor with itself: {why}");
            Check.That(exercise, unordered.Distinct().Count() == unordered.Count, $"for {shown} you gave the same pair twice: {why}");
            Check.That(exercise, unordered.Order().SequenceEqual(expected.Order()),
                $"for {shown} you gave {unordered.Count} pair(s), expected {expected.Length}: {why}");
        }
        return Check.Passed(exercise, "each pair once per window, never an actor with itself: n different actors make n(n−1)/2 pairs.");
    }

    /// <summary>Exercise 4.2 (question): how many pairs does one sentence add, counted by the kit?</summary>
    public static CheckResult PredictPairs(Func<int> answer)
    {
        const string exercise = "4.2";
        const string sentence = "قال كيري إن كيري ولافروف بحثا في موسكو الوضع في سوريا.";
        var graph = Cooccurrences.Count(new TextCorpus([new Document("question", sentence)]), Window.Sentence);
        int expected = graph.Edges.Count;
        return Check.Answer(exercise, answer, expected,
            $"{graph.Nodes.Count} different actors, {expected} pairs: كيري named twice still counts once.",
            given => given > expected ? "too many: does كيري, named twice, count twice?" : "too few: list the different actors, then every pair of them");
    }

    /// <summary>Exercise 4.3: PMI from four counts of windows.</summary>
    public static CheckResult Pmi(Func<int, int, int, int, double> pmi)
    {
        const string exercise = "4.3";
        (int Both, int A, int B, int Total)[] cases = [(2, 3, 3, 7), (1, 2, 2, 4), (1, 5, 5, 10), (16, 29, 22, 89), (1, 1, 1, 89)];
        foreach (var (both, a, b, total) in cases)
        {
            double expected = AssociationMeasures.Pmi(both, a, b, total);
            double answer = Check.Run(exercise, () => pmi(both, a, b, total));
            if (Math.Abs(answer - expected) < 1e-4) continue;
            string why = Math.Abs(answer - expected * Math.Log(2)) < 1e-4 ? ": that is the natural logarithm; PMI uses base 2"
                : answer == Math.Truncate(answer) && expected != Math.Truncate(expected) ? ": a whole number — an integer division?"
                : "";
            Check.That(exercise, false, $"PMI(both={both}, a={a}, b={b}, total={total}) is {expected:0.####}, you gave {answer:0.####}{why}");
        }
        return Check.Passed(exercise, "PMI is 0 for pairs that meet by chance, above 0 for pairs that meet more often — and highest for pairs seen once.");
    }

    /// <summary>Exercise 4.4: the Dice coefficient from three counts of windows.</summary>
    public static CheckResult Dice(Func<int, int, int, double> dice)
    {
        const string exercise = "4.4";
        (int Both, int A, int B)[] cases = [(2, 3, 3), (1, 1, 1), (0, 4, 5), (16, 29, 22), (1, 40, 1)];
        foreach (var (both, a, b) in cases)
        {
            double expected = AssociationMeasures.Dice(both, a, b);
            double answer = Check.Run(exercise, () => dice(both, a, b));
            if (Math.Abs(answer - expected) < 1e-9) continue;
            string why = answer == Math.Truncate(answer) && expected != Math.Truncate(expected) ? ": a whole number — an integer division?"
                : Math.Abs(answer - expected / 2) < 1e-9 ? ": twice the shared windows, over the sum of both" : "";
            Check.That(exercise, false, $"Dice(both={both}, a={a}, b={b}) is {expected:0.####}, you gave {answer:0.####}{why}");
        }
        return Check.Passed(exercise, "Dice is the share of their windows two actors share: 1 when they never appear apart, and it does not reward rare pairs as PMI does.");
    }

    /// <summary>Exercise 4.5: the documents in which two actors appear but never in the same sentence.</summary>
    public static CheckResult OnlyByDocument(Func<CooccurrenceGraph, CooccurrenceGraph, string, string, IEnumerable<string>> onlyByDocument, TextCorpus corpus)
    {
        const string exercise = "4.5";
        var sentences = Cooccurrences.Count(corpus, Window.Sentence);
        var documents = Cooccurrences.Count(corpus, Window.Document);
        // The pairs of the document count, those linked only by documents first: the interesting ones.
        var pairs = documents.Edges.Select(e => (A: e.A.Actor, B: e.B.Actor))
            .Select(p => (p.A, p.B, Expected: Reference(sentences, documents, p.A, p.B)))
            .OrderByDescending(p => p.Expected.Count).Take(12).ToList();
        foreach (var (a, b, expected) in pairs)
        {
            var answer = Check.Run(exercise, () => onlyByDocument(sentences, documents, a, b).Distinct().Order(StringComparer.Ordinal).ToList());
            Check.That(exercise, answer.SequenceEqual(expected),
                $"for {a} and {b} you gave [{string.Join(", ", answer)}], but {(expected.Count == 0 ? "they share a sentence in every document they share" : $"only [{string.Join(", ", expected)}] link them by document alone")}");
        }
        return Check.Passed(exercise, "some pairs are linked only by whole documents: the window decides which links exist.");
    }

    private static List<string> Reference(CooccurrenceGraph sentences, CooccurrenceGraph documents, string a, string b)
    {
        var inSentences = sentences.Evidence(a, b).Select(e => e.Document).ToHashSet();
        return documents.Evidence(a, b).Select(e => e.Document).Where(d => !inSentences.Contains(d)).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
