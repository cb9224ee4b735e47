using Kit.Cooccurrence;
using Kit.Exercises;
using Kit.Tests.Support;

namespace Kit.Tests.Cooccurrence;

/// <summary>The checks of notebook 04 pass right answers and answer typical wrong ones with a hint that names the mistake.</summary>
public class CooccurrenceChecksTests
{
    [Fact]
    public void Pairs_check_names_self_pairs_and_pairs_counted_twice()
    {
        static IEnumerable<(string, string)> AllOrderedPairs(IReadOnlyList<string> actors) =>
            from a in actors from b in actors where string.CompareOrdinal(a, b) < 0 select (a, b);
        static IEnumerable<(string, string)> WithSelf(IReadOnlyList<string> actors) =>
            from a in actors.Distinct() from b in actors.Distinct() where string.CompareOrdinal(a, b) <= 0 select (a, b);
        var twice = Assert.Throws<ExerciseNotPassedException>(() => CooccurrenceChecks.PairsInWindow(AllOrderedPairs));
        Assert.Contains("the same pair twice", twice.Message);
        var self = Assert.Throws<ExerciseNotPassedException>(() => CooccurrenceChecks.PairsInWindow(WithSelf));
        Assert.Contains("paired an actor with itself", self.Message);
        CooccurrenceChecks.PairsInWindow(actors =>
            from a in actors.Distinct() from b in actors.Distinct() where string.CompareOrdinal(a, b) > 0 select (a, b)); // (b, a) order is fine
    }

    [Fact]
    public void Pmi_check_recognizes_the_natural_logarithm_and_integer_division()
    {
        var ln = Assert.Throws<ExerciseNotPassedException>(() => CooccurrenceChecks.Pmi((both, a, b, n) => Math.Log((double)both * n / ((double)a * b))));
        Assert.Contains("natural logarithm", ln.Message);
        var integer = Assert.Throws<ExerciseNotPassedException>(() => CooccurrenceChecks.Pmi((both, a, b, n) => Math.Log2(both * n / (a * b))));
        Assert.Contains("integer division", integer.Message);
        Assert.Equal("4.3", CooccurrenceChecks.Pmi(AssociationMeasures.Pmi).Exercise);
    }

    [Fact]
    public void Only_by_document_check_refuses_the_documents_where_the_pair_shares_a_sentence()
    {
        var e = Assert.Throws<ExerciseNotPassedException>(() =>
            CooccurrenceChecks.OnlyByDocument((_, documents, a, b) => documents.Evidence(a, b).Select(x => x.Document), Seeds.Corpus.Clean()));
        Assert.Matches("for [a-z-]+ and [a-z-]+ you gave", e.Message); // a pair that shares a sentence in some document
        Assert.DoesNotContain("   at ", e.ToString()); // a hint, not a stack trace
    }
}
