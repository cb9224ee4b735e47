using Kit.Cooccurrence;
using Kit.Corpus;

namespace Kit.Exercises;

/// <summary>Checks for notebook 04 (actor co-occurrence). Expected values were worked out by hand or read in the seeds.</summary>
public static class CooccurrenceChecks
{
    /// <summary>Exercise 4.1: the pairs one window contributes, given the actors mentioned in it (in text order, repeats included).</summary>
    public static CheckResult PairsInWindow(Func<IReadOnlyList<string>, IEnumerable<(string A, string B)>> pairsOf)
    {
        const string exercise = "4.1";
        const string hint = "Hint: take each actor once (Distinct), then pair every actor with each one after it (i < j): no actor with itself, no pair twice.";
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
            var answer = Check.Run(exercise, () => pairsOf(actors).ToList(), hint);
            var unordered = answer.Select(p => string.CompareOrdinal(p.A, p.B) <= 0 ? (p.A, p.B) : (p.B, p.A)).ToList();
            string shown = $"[{string.Join(", ", actors)}]";
            Check.That(exercise, unordered.All(p => p.Item1 != p.Item2), $"for {shown} you paired an actor with itself: {why}. {hint}");
            Check.That(exercise, unordered.Distinct().Count() == unordered.Count, $"for {shown} you gave the same pair twice: {why}. {hint}");
            Check.That(exercise, unordered.Order().SequenceEqual(expected.Order()),
                $"for {shown} you gave {unordered.Count} pair(s), expected {expected.Length}: {why}. {hint}");
        }
        return Check.Passed(exercise, "each pair once per window, never an actor with itself.");
    }

    /// <summary>Exercise 4.2: PMI from four counts of windows.</summary>
    public static CheckResult Pmi(Func<int, int, int, int, double> pmi)
    {
        const string exercise = "4.2";
        const string hint = "Hint: P(a,b) = both/total, P(a) = a/total, P(b) = b/total; PMI = log2(P(a,b) / (P(a)·P(b))). Use Math.Log2 and divide as double, not int.";
        // (both, a, b, total) → log2(both·total / (a·b)), worked out with a calculator.
        (int Both, int A, int B, int Total, double Pmi)[] cases =
        [
            (2, 3, 3, 7, 0.637430),   // log2(14/9)
            (1, 2, 2, 4, 0.0),        // as often as chance: log2 1
            (1, 5, 5, 10, -1.321928), // less often than chance: log2 0.4
            (16, 29, 22, 89, 1.158321), // log2(1424/638)
        ];
        foreach (var (both, a, b, total, expected) in cases)
        {
            double answer = Check.Run(exercise, () => pmi(both, a, b, total), hint);
            if (Math.Abs(answer - expected) < 1e-4) continue;
            string why = Math.Abs(answer - expected * Math.Log(2)) < 1e-4 ? "that is the natural logarithm; PMI uses base 2. "
                : answer == Math.Truncate(answer) && expected != Math.Truncate(expected) ? "a whole number: an integer division? "
                : "";
            Check.That(exercise, false, $"PMI(both={both}, a={a}, b={b}, total={total}) is {expected:0.####}, you gave {answer:0.####}: {why}{hint}");
        }
        return Check.Passed(exercise, "PMI is 0 for pairs that meet by chance, above 0 for pairs that meet more often.");
    }

    /// <summary>Exercise 4.3: the documents in which two actors appear but never in the same sentence.</summary>
    public static CheckResult OnlyByDocument(Func<CooccurrenceGraph, CooccurrenceGraph, string, string, IEnumerable<string>> onlyByDocument)
    {
        const string exercise = "4.3";
        const string hint = "Hint: the document ids of documents.Evidence(a, b), minus those of sentences.Evidence(a, b) (each Evidence has a Document).";
        var corpus = CorpusLoader.LoadSeeds().Clean();
        var sentences = Cooccurrences.Count(corpus, Window.Sentence);
        var documents = Cooccurrences.Count(corpus, Window.Document);
        // Read in the seeds: بوتين and أوباما are both in 002 and 004, never in one sentence; كيري and بوتين share 000, 003
        // and 004, and two sentences of 003 (التقى … جون كيري … بوتين; وأكد بوتين وكيري); كيري and لافروف share a sentence
        // in each of their two documents, 000 and 003.
        (string A, string B, string[] Documents)[] cases =
        [
            ("vladimir-putin", "barack-obama", ["002", "004"]),
            ("john-kerry", "vladimir-putin", ["000", "004"]),
            ("john-kerry", "sergey-lavrov", []),
        ];
        foreach (var (a, b, expected) in cases)
        {
            var answer = Check.Run(exercise, () => onlyByDocument(sentences, documents, a, b).ToList(), hint);
            var prefixes = answer.Select(id => id.Length >= 3 ? id[..3] : id).Distinct().Order().ToList();
            Check.That(exercise, prefixes.SequenceEqual(expected),
                $"for {a} and {b} you gave [{string.Join(", ", answer)}], but they share no sentence in {(expected.Length == 0 ? "none of their documents" : string.Join(" and ", expected))}. {hint}");
        }
        return Check.Passed(exercise, "بوتين and أوباما are linked only by whole documents: a sentence window never puts them together.");
    }
}
