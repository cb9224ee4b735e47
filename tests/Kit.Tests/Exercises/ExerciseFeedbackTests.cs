using Kit.Cooccurrence;
using Kit.Exercises;
using Kit.Tests.Notebooks;
using Kit.Tests.Support;

namespace Kit.Tests.Exercises;

/// <summary>What a student sees: a stub says "not done yet" and nothing more, hints come on request, progress is listed.</summary>
[Collection(NotebookCollection.Name)] // Course keeps the session's progress in statics, as a kernel does
public class ExerciseFeedbackTests
{
    public static TheoryData<string> WaysToFail() => new() { "stub", "wrong answer", "code that throws", "constructed" };

    [Theory]
    [MemberData(nameof(WaysToFail))]
    public void No_exercise_exception_has_a_null_stack_trace(string way)
    {
        // The Jupyter host of the .NET kernel calls StackTrace.Split on a failed cell's exception and hangs on null.
        Exception e = way switch
        {
            "stub" => Assert.Throws<ExerciseNotPassedException>(() => Check.Run<int>("9.1", () => throw new NotImplementedException("Exercise 9.1"))),
            "wrong answer" => Assert.Throws<ExerciseNotPassedException>(() => CooccurrenceChecks.Dice((both, a, b) => both)),
            "code that throws" => Assert.Throws<ExerciseNotPassedException>(() => CooccurrenceChecks.Pmi((_, _, _, _) => throw new InvalidOperationException("boom"))),
            _ => new ExerciseNotPassedException("9.1", "constructed"),
        };
        Assert.NotNull(e.StackTrace);
        Assert.Equal("", e.StackTrace);
        Assert.Equal(e.Message, e.ToString());
    }

    [Fact]
    public void A_stub_says_not_done_yet_and_nothing_more()
    {
        var e = Assert.Throws<ExerciseNotPassedException>(() => CooccurrenceChecks.PairsInWindow(_ => throw new NotImplementedException("Exercise 4.1")));
        Assert.Equal("❌ Exercise 4.1: not done yet.", e.Message);
    }

    [Fact]
    public void A_wrong_answer_says_what_is_wrong_and_where_help_is_but_not_the_hint()
    {
        var e = Assert.Throws<ExerciseNotPassedException>(() => CorpusChecks.CountParagraphs(d => d.Paragraphs.Count, Seeds.Corpus));
        Assert.StartsWith("❌ Exercise 1.1: for 004", e.Message); // the one seed with a headline
        Assert.Contains("headline", e.Message);
        Assert.EndsWith("Hint(\"1.1\") gives a hint.", e.Message);
        foreach (var hint in ExerciseCatalog.Default["1.1"]!.Hints) Assert.DoesNotContain(hint, e.Message);
    }

    [Fact]
    public void A_null_answer_is_said_plainly()
    {
        var e = Assert.Throws<ExerciseNotPassedException>(() => ActorChecks.DocumentFrequency(_ => null!, Seeds.Corpus.Clean()));
        Assert.Equal("❌ Exercise 3.5: your code returned null. Hint(\"3.5\") gives a hint.", e.Message);
    }

    [Fact]
    public void Hints_come_one_at_a_time_from_gentle_to_specific()
    {
        Course.Reset();
        var hints = ExerciseCatalog.Default["2.4"]!.Hints;
        var first = Course.Hint("2.4");
        var second = Course.Hint("2.4");
        var again = Course.Hint("2.4");
        Assert.Equal((1, hints.Count, hints[0]), (first.Number, first.Of, first.Text));
        Assert.Equal(2, second.Number);
        Assert.StartsWith(hints[1], second.Text);
        Assert.Contains("last hint", again.Text);
        Assert.Equal(1, Course.Hint("2.5").Number); // each exercise has its own count
        Assert.Contains("no exercise 8.8", Course.Hint("8.8").Text);
    }

    [Fact]
    public void Progress_lists_each_exercise_as_passed_failing_or_not_started()
    {
        Course.Reset();
        CooccurrenceChecks.Pmi(AssociationMeasures.Pmi);
        Assert.Throws<ExerciseNotPassedException>(() => CooccurrenceChecks.Dice((both, a, b) => both / (a + b)));
        Assert.Throws<ExerciseNotPassedException>(() => CooccurrenceChecks.PairsInWindow(_ => throw new NotImplementedException()));
        var progress = Course.Progress();
        Assert.Equal("4", progress.Notebook);
        Assert.Equal(["4.1", "4.2", "4.3", "4.4", "4.5"], progress.Lines.Select(l => l.Exercise));
        Assert.Equal(
            [ExerciseStatus.NotStarted, ExerciseStatus.NotStarted, ExerciseStatus.Passed, ExerciseStatus.Failing, ExerciseStatus.NotStarted],
            progress.Lines.Select(l => l.Status));
        Assert.Equal("Notebook 4: 1 of 5 exercises passed.", progress.Summary);
        Assert.All(Course.Progress("1").Lines, l => Assert.Equal(ExerciseStatus.NotStarted, l.Status));
    }

    [Fact]
    public void A_question_is_checked_against_what_the_kit_computes()
    {
        var right = CooccurrenceChecks.PredictPairs(() => 6);
        Assert.Equal("4.2", right.Exercise);
        var e = Assert.Throws<ExerciseNotPassedException>(() => CooccurrenceChecks.PredictPairs(() => 10));
        Assert.Contains("count twice", e.Message); // 10 pairs: كيري counted twice
    }

    [Fact]
    public void A_check_that_needs_gold_the_corpus_lacks_says_so_and_is_listed_as_skipped()
    {
        Course.Reset();
        Course.Define("7.1", "Precision against the gold", "practice", "Compare with the gold.", "Count what is in both.");
        var skipped = Check.Skip("7.1", "this corpus has no gold/mentions.tsv");
        Assert.Equal("⏭ Exercise 7.1: skipped: this corpus has no gold/mentions.tsv", skipped.ToString());
        Assert.Equal(ExerciseStatus.Skipped, Course.Progress("7").Lines.Single().Status);
        Assert.Equal("Notebook 7: 0 of 1 exercises passed.", Course.Progress("7").Summary);
        Course.Reset();
    }

    [Fact]
    public void A_notebook_can_define_its_own_exercise_with_hints()
    {
        Course.Reset();
        Course.Define("6.1", "Count the headlines", "practice", "Look at Headline.", "Count the documents whose Headline is not null.");
        Assert.Equal("Look at Headline.", Course.Hint("6.1").Text);
        var passed = Check.Passed("6.1", "headlines counted.");
        Assert.Equal("✅ Exercise 6.1: headlines counted.", passed.ToString());
        Assert.Equal(ExerciseStatus.Passed, Course.Progress("6").Lines.Single().Status);
    }
}
