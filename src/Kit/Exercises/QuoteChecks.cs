using Kit.Corpus;
using Kit.Evaluation;
using Kit.Quotes;

namespace Kit.Exercises;

/// <summary>
/// Checks for notebook 05 (quotes). Expected values come from the kit's extractor, counts and scores, on the small
/// cases below and on the corpus the notebook loaded; the words of 5.2 were decided by reading them.
/// </summary>
public static class QuoteChecks
{
    /// <summary>Exercise 5.1: straight quotation marks paired in turn, first with second, third with fourth.</summary>
    public static CheckResult PairStraightQuotes(Func<string, IEnumerable<(int Open, int Close)>> pairQuotes)
    {
        const string exercise = "5.1";
        string[] texts =
        [
            "قال كيري \"نحن مستعدون\" ثم غادر.",
            "قال \"نعم\" ثم قال \"لا\".",
            "لا علامات هنا.",
            "وقال \"مفتوح فقط",
            "\"المساهمة في محاربة \"الدولة الإسلامية\" بسورية\"",
        ];
        foreach (var text in texts)
        {
            var answer = Check.Run(exercise, () => pairQuotes(text).ToList());
            var expected = InTurn(text);
            Check.That(exercise, answer.SequenceEqual(expected),
                $"in «{text}» the marks in turn make [{string.Join(", ", expected)}], you gave [{string.Join(", ", answer)}]" +
                (answer.Count > expected.Count ? ": a mark left alone at the end has no partner" : ""));
        }
        return Check.Passed(exercise, "in turn works until a quote holds a quote: the last text pairs the wrong marks, which is why the kit's pairer looks at each mark's neighbours.");
    }

    private static List<(int, int)> InTurn(string text)
    {
        var marks = Enumerable.Range(0, text.Length).Where(i => text[i] == '"').ToList();
        return Enumerable.Range(0, marks.Count / 2).Select(i => (marks[2 * i], marks[2 * i + 1])).ToList();
    }

    /// <summary>Exercise 5.2: is a word, as written, a reporting verb (its و or ف taken off)?</summary>
    public static CheckResult IsReportingVerb(Func<string, bool> isReportingVerb)
    {
        const string exercise = "5.2";
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
            bool answer = Check.Run(exercise, () => isReportingVerb(word));
            Check.That(exercise, answer == verb, $"«{word}» {(verb ? "is" : "is not")} a reporting verb ({why}), but you said {(answer ? "it is" : "it is not")}");
        }
        return Check.Passed(exercise, $"right on all {words.Length} words: و and ف come off, hamza and tanween do not matter, and وزير stays a noun.");
    }

    /// <summary>Exercise 5.3 (question): how many quotes does the extractor find in a short text?</summary>
    public static CheckResult PredictQuotes(Func<int> answer)
    {
        const string exercise = "5.3";
        const string text = "قال كيري إن المحادثات كانت مفيدة، وأضاف أن الحل سياسي. وقال لافروف: \"نحن مستعدون للتعاون\". ولم يعلن البنتاغون موقفه.";
        int expected = QuoteExtractor.Default.Extract("question", text).Count;
        return Check.Answer(exercise, answer, expected,
            "a new reporting verb («، وأضاف») starts a new quote, a colon and marks make a direct one, and a negated verb (لم يعلن) reports nothing.",
            given => given > expected ? "too many: does a negated verb report anything?" : "too few: does «، وأضاف أن» start a quote of its own?");
    }

    /// <summary>Exercise 5.4: quotes per actor, quotes without an actor left out.</summary>
    public static CheckResult QuotesPerActor(Func<IReadOnlyList<Quote>, IReadOnlyDictionary<string, int>> quotesPerActor, TextCorpus corpus)
    {
        const string exercise = "5.4";
        var quotes = QuoteExtractor.Default.Extract(corpus);
        var expected = QuoteCounts.Of(quotes).BySpeaker.ToDictionary(c => c.Actor, c => c.Quotes);
        var answer = Check.Run(exercise, () => quotesPerActor(quotes));
        Check.That(exercise, !answer.Keys.Any(string.IsNullOrEmpty), "a quote without an actor (experts, unnamed officials) must not be counted under an empty actor");
        foreach (var (actor, count) in expected)
        {
            int got = answer.GetValueOrDefault(actor);
            Check.That(exercise, got == count, $"{actor} has {count} {CorpusChecks.Plural(count, "quote")}, you counted {got}");
        }
        var extra = answer.Keys.Except(expected.Keys).FirstOrDefault();
        Check.That(exercise, extra is null, $"{extra} is in your answer, but no quote has it as its actor");
        int unnamed = quotes.Count(q => q.Actor is null);
        return Check.Passed(exercise, $"{expected.Values.Sum()} quotes by {expected.Count} actors; {unnamed} have no actor: a speaker the kit cannot name stays empty rather than guessed.");
    }

    /// <summary>Exercise 5.5: F1 of exact quote spans.</summary>
    public static CheckResult SpanF1(Func<IReadOnlyList<(string Doc, int Start, int End)>, IReadOnlyList<(string Doc, int Start, int End)>, double> spanF1)
    {
        const string exercise = "5.5";
        ((string, int, int)[] Gold, (string, int, int)[] System, string Why)[] cases =
        [
            ([("a", 0, 10), ("a", 20, 30)], [("a", 0, 10)], "one of two found, nothing wrong"),
            ([("a", 0, 10)], [("a", 0, 11)], "one character more is not the same span"),
            ([("a", 0, 10)], [("b", 0, 10)], "the same offsets in another document are another span"),
            ([("a", 0, 10), ("a", 20, 30), ("b", 5, 9)], [("a", 20, 30), ("b", 5, 9), ("b", 40, 50), ("a", 60, 70)], "two right of four found, two of three gold"),
            ([("a", 0, 10)], [], "nothing found"),
        ];
        foreach (var (gold, system, why) in cases)
        {
            double expected = Scores.Compare("spans", gold, system, s => s) is var s && s.TruePositives == 0 ? 0 : s.F1;
            double answer = Check.Run(exercise, () => spanF1(gold, system));
            Check.That(exercise, Math.Abs(answer - expected) < 1e-9,
                $"for gold [{string.Join(", ", gold)}] and system [{string.Join(", ", system)}] F1 is {expected:0.####} ({why}), you gave {answer:0.####}");
        }
        return Check.Passed(exercise, "exact spans: a span one character off counts as wrong. That is why the kit also reports overlap scores.");
    }

    /// <summary>Exercise 5.6 (question): whom does the kit name for a role phrase in an article with no date?</summary>
    public static CheckResult WhoHoldsTheRole(Func<string> answer)
    {
        const string exercise = "5.6";
        const string text = "وقال الرئيس الأمريكي إن العقوبات ستستمر.";
        string expected = QuoteExtractor.Default.Extract("question", text, null).Single().Speaker?.Actor ?? "none";
        return Check.Answer(exercise, answer, expected,
            "with no date the kit cannot know who held the office, so it keeps the role as the speaker and names no one; a date in dates.tsv or a dateline lets it choose.",
            given => given == "none" ? "the kit does name someone here: look at the quote's Explain()" : $"«{given}»? Who held that office depends on the year, and this article has none");
    }
}
