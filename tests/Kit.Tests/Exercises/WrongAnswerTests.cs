using Kit.Analysis;
using Kit.Exercises;
using Kit.Tests.Notebooks;
using Kit.Tests.Support;

namespace Kit.Tests.Exercises;

/// <summary>Typical wrong answers to the checks: each fails, and says what is wrong in a way that points at the mistake.</summary>
[Collection(NotebookCollection.Name)] // checks record progress in Course's statics
public class WrongAnswerTests
{
    private static string Fails(Func<CheckResult> check) => Assert.Throws<ExerciseNotPassedException>(check).Message;

    [Fact]
    public void Folding_only_one_alef_form()
    {
        Assert.Contains("the step writes ا (U+0627) for", Fails(() => CorpusChecks.FoldAlefs(t => t.Replace('أ', 'ا'), Seeds.Corpus)));
    }

    [Fact]
    public void Stripping_the_tatweel_with_the_diacritics()
    {
        Assert.Contains("remove the marks and nothing else", Fails(() => CorpusChecks.StripDiacritics(
            t => new string(t.Where(c => !(c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640')).ToArray()),
            new Kit.Corpus.TextCorpus([new Kit.Corpus.Document("t", "كـبير")]))));
    }

    [Fact]
    public void Counting_words_by_splitting_on_spaces()
    {
        Assert.Contains("is a lone punctuation mark counted as a word?", Fails(() => TokenizationChecks.CountWords(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, Seeds.Corpus)));
    }

    [Fact]
    public void Stemming_with_prefixes_only_or_with_every_prefix()
    {
        Assert.Contains("you left an affix", Fails(() => TokenizationChecks.LightStem(w => w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 3 ? w[2..] : w, Seeds.Corpus)));
        Assert.Contains("you took off too much", Fails(() => TokenizationChecks.LightStem(w => LuceneStemmer.Stem(LuceneStemmer.Stem(w)), Seeds.Corpus)));
    }

    [Fact]
    public void Matching_a_name_as_a_substring()
    {
        Assert.Contains("«روسيا» is not a mention of «روس»", Fails(() => ActorChecks.NameWithClitics((word, name) => word.Contains(name) || word.Replace('أ', 'ا').Contains(name))));
    }

    [Fact]
    public void Counting_mentions_for_documents()
    {
        Assert.Contains("its number of mentions: count each document once", Fails(() => ActorChecks.DocumentFrequency(
            mentions => mentions.Where(m => m.Kind == Kit.Actors.MentionKind.Name).GroupBy(m => m.Actor).ToDictionary(g => g.Key, g => g.Count()), Seeds.Corpus.Clean())));
    }

    [Fact]
    public void Counting_adjectives_as_mentions()
    {
        Assert.Contains("adjectives included", Fails(() => ActorChecks.CountMentions(
            (texts, id) => Kit.Actors.MentionFinder.Default.Find(texts).Count(m => m.Actor == id), Seeds.Corpus.Clean())));
    }

    [Fact]
    public void Pairing_quotes_that_keeps_a_lone_mark()
    {
        Assert.Contains("a mark left alone at the end has no partner", Fails(() => QuoteChecks.PairStraightQuotes(text =>
        {
            var marks = Enumerable.Range(0, text.Length).Where(i => text[i] == '"').ToList();
            return Enumerable.Range(0, (marks.Count + 1) / 2).Select(i => (marks[2 * i], 2 * i + 1 < marks.Count ? marks[2 * i + 1] : text.Length));
        })));
    }

    [Fact]
    public void Scoring_spans_without_their_document()
    {
        Assert.Contains("the same offsets in another document are another span", Fails(() => QuoteChecks.SpanF1((gold, system) =>
        {
            var g = gold.Select(s => (s.Start, s.End)).ToHashSet();
            int right = system.Count(s => g.Contains((s.Start, s.End)));
            double p = system.Count == 0 ? 0 : (double)right / system.Count, r = gold.Count == 0 ? 0 : (double)right / gold.Count;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        })));
    }

    [Fact]
    public void A_question_answered_with_a_letter_that_is_no_option()
    {
        Assert.Contains("answer 'a', 'b' or 'c'", Fails(() => CorpusChecks.WhichSpellings(() => 'd')));
    }
}
