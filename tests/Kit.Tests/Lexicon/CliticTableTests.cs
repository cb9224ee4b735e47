using Kit.Lexicon;

namespace Kit.Tests.Lexicon;

/// <summary>Each rule's proclitic list, spelt out by hand: the lists the rules held before they read the one table.</summary>
public class CliticTableTests
{
    [Fact]
    public void The_mention_finder_tries_nothing_then_one_letter_then_a_pair_in_this_order() =>
        Assert.Equal(["", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"], Clitics.BeforeName);

    [Fact]
    public void The_people_finder_tries_pairs_first_and_never_fk() =>
        Assert.Equal(["وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"], Clitics.BeforePersonName);

    [Fact]
    public void The_segmenter_adds_the_future_marker_to_the_prepositions()
    {
        Assert.Equal(["و", "ف"], Clitics.Conjunctions);
        Assert.Equal(["ب", "ل", "ك", "س"], Clitics.SegmenterPrepositions);
    }

    [Fact]
    public void Article_forms_and_the_ordinary_word_prefixes()
    {
        Assert.Equal(["وال", "بال", "فال", "كال", "لل"], Clitics.WithArticle);
        Assert.Equal(["ال", "وال", "بال", "فال", "كال", "لل", "و", "ف", "ب", "ل", "ك"], Clitics.OrdinaryWordPrefixes);
    }

    [Fact]
    public void A_verbal_noun_takes_b_or_l_with_or_without_a_conjunction_but_never_k() =>
        Assert.Equal(["ب", "ل", "وب", "ول", "فب", "فل"], Clitics.BeforeVerbalNoun);

    [Fact]
    public void The_letter_tests_agree_with_the_lists()
    {
        foreach (char c in "وفبلكسالمن")
        {
            Assert.Equal(Clitics.Conjunctions.Contains(c.ToString()), Clitics.IsConjunction(c));
            Assert.Equal(Clitics.OneLetter.Contains(c.ToString()), Clitics.IsOneLetter(c));
        }
    }
}
