using Kit.Analysis;
using Kit.Corpus;
using Kit.Normalization;
using Kit.Tokenization;

namespace Kit.Exercises;

/// <summary>
/// Checks for notebook 02 (tokenization). Expected values come from the kit's tokenizers and analyzers, run on
/// the lines below and on the corpus the notebook loaded.
/// </summary>
public static class TokenizationChecks
{
    // Lines where splitting on spaces goes wrong: a lone colon or dash, words joined by a comma, numbers, brackets.
    private static readonly string[] Lines =
    [
        "قال كيري: عرض الروس ان نجري حوارا",
        "استمر لنحو 50 دقيقة، في آب (أغسطس) 2014",
        "ماذا تريدون؟ كيف ننسق؟ ماذا نفعل؟",
        "مشاركة :",
        "عواصم - تسعى أميركا",
        "كيري،لافروف،شويغو",
        "وأضاف إيرنست في مؤتمر صحفي ” أعلم أن هناك",
    ];

    /// <summary>Exercise 2.1: count the words of a text without the word tokenizer (runs of letters, marks and digits).</summary>
    public static CheckResult CountWords(Func<string, int> countWords, TextCorpus corpus)
    {
        const string exercise = "2.1";
        // The corpus's sentences too, those written in plain Arabic letters, digits and punctuation only.
        var sentences = corpus.SelectMany(d => SentenceSplitter.Split(d.AnalysisText)).Select(s => s.Text).Where(IsPlain).Take(40);
        foreach (var text in Lines.Concat(sentences))
        {
            int answer = Check.Run(exercise, () => countWords(text));
            int expected = WordTokenizer.Tokenize(text).Count;
            Check.That(exercise, answer == expected, $"in «{text}» you counted {answer} words, but it has {expected}" +
                (answer > expected ? ": is a lone punctuation mark counted as a word?" : ": are words joined by a comma or a bracket counted as one?"));
        }
        return Check.Passed(exercise, "a word is a run of letters (with their marks) or digits; spaces are not the only thing between words, and punctuation is no word.");
    }

    // Arabic letters and marks, ASCII digits, spaces and punctuation, and no number with a point or comma inside (3.5).
    private static bool IsPlain(string sentence) =>
        sentence.All(c => c is >= '\u0621' and <= '\u063A' or >= '\u0641' and <= '\u065F' or >= '0' and <= '9' or ' ' or '\n'
            || "،؛؟!:\"()-”“«».,".Contains(c))
        && !System.Text.RegularExpressions.Regex.IsMatch(sentence, @"\d[.,]\d");

    /// <summary>Exercise 2.2 (question): how many tokens do splitting on spaces and the word tokenizer give for «كيري،لافروف،شويغو»?</summary>
    public static CheckResult PredictTokens(Func<(int Spaces, int Words)> answer)
    {
        const string exercise = "2.2";
        const string text = "كيري،لافروف،شويغو";
        var expected = (WordTokenizer.SplitOnWhitespace(text).Count, WordTokenizer.Tokenize(text).Count);
        return Check.Answer(exercise, answer, expected,
            "the Arabic comma ، is punctuation: the word tokenizer cuts there even without a space; splitting on spaces sees one long token.",
            given => given.Item1 != expected.Item1 ? "look again at the spaces in the text: how many are there?" : "the spaces are right; now, where does the word tokenizer cut?");
    }

    /// <summary>Exercise 2.3: the base of a word, its clitics taken off (normalized, as the kit analyzer gives it).</summary>
    public static CheckResult BaseOfWord(Func<string, string> baseOf, TextCorpus corpus)
    {
        const string exercise = "2.3";
        string[] words = ["ولافروف", "بموسكو", "لروسيا", "وكيري", "لدمشق", "وبالتنسيق", "للأزمة", "بأميركا", "بلاده", "تصريحاته", "بوتين", "واشنطن", "وزير"];
        // And the first words of the corpus that carry a clitic.
        var fromCorpus = corpus.SelectMany(d => ArabicTermAnalyzer.Default.Analyze(d.AnalysisText)).Where(t => t.HasClitics).Select(t => t.Surface).Distinct().Take(30);
        foreach (var word in words.Concat(fromCorpus))
        {
            string answer = Check.Run(exercise, () => baseOf(word));
            string expected = ArabicTermAnalyzer.Default.Analyze(word).Single().Base;
            if (answer == expected) continue;
            string why = expected == ArabicNormalizer.Standard.Apply(word)
                ? $"{word} has no clitic to take off: it must stay whole, but you made it {answer}"
                : $"the base of {word} is not {answer}";
            Check.That(exercise, false, why);
        }
        return Check.Passed(exercise, "clitics off, names and words such as وزير left whole: the base is the word a person would look up.");
    }

    /// <summary>Exercise 2.4: Lucene's light stemmer, written by the student, against the kit's copy of it.</summary>
    public static CheckResult LightStem(Func<string, string> stem, TextCorpus corpus)
    {
        const string exercise = "2.4";
        string[] words = ["والكتاب", "بالوزير", "للأزمة", "وزير", "سوريا", "المحادثات", "الوزيران", "بوتين", "واشنطن", "كتبها", "و", "ال", "مصريون", "فالمعلمين"];
        var normalized = words.Select(w => ArabicNormalizer.Lucene.Apply(w))
            .Concat(corpus.SelectMany(d => WordTokenizer.Tokenize(ArabicNormalizer.Lucene.Apply(d.AnalysisText))).Select(t => t.Text))
            .Distinct();
        foreach (var word in normalized)
        {
            string answer = Check.Run(exercise, () => stem(word));
            string expected = LuceneStemmer.Stem(word);
            if (answer == expected) continue;
            string why = answer.Length < expected.Length ? "you took off too much: at most one prefix, and each affix only while the word stays long enough"
                : "you left an affix that the rules take off: try the prefixes, then the suffixes, in the order of the list";
            Check.That(exercise, false, $"{word} stems to {expected}, you gave {answer}: {why}");
        }
        return Check.Passed(exercise, "that is Lucene's light stemmer: a few rules with length limits, good for search, and the reason بوتين becomes بوت.");
    }

    /// <summary>Exercise 2.5: the most frequent non-stopword base of a document, and how often it occurs.</summary>
    public static CheckResult MostFrequentBase(Func<Document, (string Base, int Count)> mostFrequentBase, TextCorpus corpus)
    {
        const string exercise = "2.5";
        foreach (var document in corpus)
        {
            var counts = ArabicTermAnalyzer.Default.Terms(document.AnalysisText).GroupBy(t => t.Text).ToDictionary(g => g.Key, g => g.Count());
            if (counts.Count == 0) continue;
            int top = counts.Values.Max();
            var (answer, answerCount) = Check.Run(exercise, () => mostFrequentBase(document));
            int actual = counts.GetValueOrDefault(answer ?? "");
            Check.That(exercise, actual == top,
                actual == 0 ? $"for {document.Id} you gave «{answer}», which is not a term of the document (stopwords left out, bases as Text)"
                : $"for {document.Id} you gave «{answer}», which occurs {actual} times; a term occurs {top} times");
            Check.That(exercise, answerCount == top, $"for {document.Id} you found a most frequent term, but said {answerCount} times: it occurs {top} times");
        }
        return Check.Passed(exercise, "with stopwords out, the top word of each document names what it is about — most often an actor.");
    }
}
