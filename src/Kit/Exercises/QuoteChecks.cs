using Kit.Evaluation;
using Kit.Quotes;

namespace Kit.Exercises;

/// <summary>Checks for notebook 05 (quotes). Expected values were decided by reading the words, counted in the hand-made gold, or worked out by hand.</summary>
public static class QuoteChecks
{
    /// <summary>Exercise 5.1: is a word, as written, a reporting verb (its و or ف taken off)?</summary>
    public static CheckResult IsReportingVerb(Func<string, bool> isReportingVerb)
    {
        const string exercise = "5.1";
        const string hint = "Hint: normalize the word with ArabicNormalizer.Aggressive.Apply (so أ/ا and ى/ي agree with the data file), look it up with ReportingVerbs.Default.Lookup, and if that fails, try again without a first و or ف.";
        // Decided by reading: forms of قال، أضاف، أكد، أوضح، أشار with and without و/ف, and words that only look like them.
        (string Word, bool Verb, string Why)[] words =
        [
            ("قال", true, "the past of قال"),
            ("وقال", true, "قال with و in front"),
            ("فأضافت", true, "أضافت with ف in front"),
            ("قائلاً", true, "a participle, with its tanween"),
            ("يؤكدون", true, "the present plural of أكد"),
            ("واوضح", true, "أوضح written without hamza, with و"),
            ("مشيرا", true, "the participle of أشار"),
            ("وزير", false, "a noun whose و belongs to it"),
            ("مقال", false, "an article, not a verb"),
            ("ولافروف", false, "a name with و"),
            ("القاعدة", false, "a name"),
        ];
        foreach (var (word, verb, why) in words)
        {
            bool answer = Check.Run(exercise, () => isReportingVerb(word), hint);
            Check.That(exercise, answer == verb, $"«{word}» {(verb ? "is" : "is not")} a reporting verb ({why}), but you said {(answer ? "it is" : "it is not")}. {hint}");
        }
        return Check.Passed(exercise, $"right on all {words.Length} words: و and ف come off, hamza and tanween do not matter, and وزير stays a noun.");
    }

    /// <summary>Exercise 5.2: quotes per actor, quotes without an actor left out.</summary>
    public static CheckResult QuotesPerActor(Func<IReadOnlyList<Quote>, IReadOnlyDictionary<string, int>> quotesPerActor)
    {
        const string exercise = "5.2";
        const string hint = "Hint: keep the quotes whose Actor is not null, group them by Actor and count each group (ToDictionary(g => g.Key, g => g.Count())).";
        // Counted in tests/gold/quotes.tsv, the hand-made gold of the five seeds: 80 quotes, 7 without an actor, 19 actors.
        var gold = QuoteGold.Load();
        var answer = Check.Run(exercise, () => quotesPerActor(gold), hint);
        (string Actor, int Quotes)[] expected = [("john-kerry", 19), ("vladimir-putin", 9), ("dmitry-peskov", 8), ("walid-al-muallem", 6), ("pentagon", 6), ("alexei-soldier", 1)];
        foreach (var (actor, count) in expected)
        {
            int got = answer.TryGetValue(actor, out int n) ? n : 0;
            Check.That(exercise, got == count, $"{actor} has {count} quotes in the gold, you counted {got}. {hint}");
        }
        Check.That(exercise, !answer.Keys.Any(string.IsNullOrEmpty), $"a quote without an actor (experts, unnamed officials) must not be counted under an empty actor. {hint}");
        Check.That(exercise, answer.Count == 19 && answer.Values.Sum() == 73,
            $"the gold has 73 quotes by 19 actors; you have {answer.Values.Sum()} quotes by {answer.Count} actors. {hint}");
        return Check.Passed(exercise, "كيري leads with 19 quotes, then بوتين (9) and بيسكوف (8); 7 quotes have no actor.");
    }

    /// <summary>Exercise 5.3: F1 of exact quote spans.</summary>
    public static CheckResult SpanF1(Func<IReadOnlyList<(string Doc, int Start, int End)>, IReadOnlyList<(string Doc, int Start, int End)>, double> spanF1)
    {
        const string exercise = "5.3";
        const string hint = "Hint: a system span is right when the gold has the same (doc, start, end). P = right / system spans, R = right / gold spans, F1 = 2PR / (P + R), and 0 when P + R is 0.";
        // Worked out by hand.
        ((string, int, int)[] Gold, (string, int, int)[] System, double F1, string Why)[] cases =
        [
            ([("a", 0, 10), ("a", 20, 30)], [("a", 0, 10)], 2.0 / 3, "P = 1, R = 1/2"),
            ([("a", 0, 10)], [("a", 0, 11)], 0, "one character more is not the same span"),
            ([("a", 0, 10)], [("b", 0, 10)], 0, "the same offsets in another document are another span"),
            ([("a", 0, 10), ("a", 20, 30), ("b", 5, 9)], [("a", 20, 30), ("b", 5, 9), ("b", 40, 50), ("a", 60, 70)], 4.0 / 7, "P = 2/4, R = 2/3"),
        ];
        foreach (var (gold, system, f1, why) in cases)
        {
            double answer = Check.Run(exercise, () => spanF1(gold, system), hint);
            Check.That(exercise, Math.Abs(answer - f1) < 1e-9, $"for gold [{string.Join(", ", gold)}] and system [{string.Join(", ", system)}] F1 is {f1:0.####} ({why}), you gave {answer:0.####}. {hint}");
        }
        return Check.Passed(exercise, "exact spans: a span one character off counts as wrong. That is why the tests also report overlap scores.");
    }
}
