using Kit.Actors.Discovery;

namespace Kit.Tests.Actors;

// WordFacts is shared by the report's threads (src/Kit/Actors/Discovery/WordFacts.cs): these check what it must keep.
public class WordFactsTests
{
    [Fact]
    public void A_fact_is_undecided_until_remembered_and_then_kept_with_its_value()
    {
        var facts = new WordFacts();
        Assert.False(facts.TryGet("الرئيس", WordFacts.TitleHead, out _));
        Assert.True(facts.Remember("الرئيس", WordFacts.TitleHead, true));
        Assert.False(facts.Remember("الرئيس", WordFacts.Given, false));
        Assert.True(facts.TryGet("الرئيس", WordFacts.TitleHead, out bool title) && title);
        Assert.True(facts.TryGet("الرئيس", WordFacts.Given, out bool given) && !given);
        Assert.False(facts.TryGet("الرئيس", WordFacts.Nisba, out _)); // other facts of the form stay undecided
    }

    [Fact]
    public void A_form_is_found_by_its_characters_not_only_by_the_string_asked_first()
    {
        var facts = new WordFacts();
        facts.Remember(new string("سامي".AsSpan()), WordFacts.Given, true);
        Assert.True(facts.TryGet(string.Concat("سا", "مي"), WordFacts.Given, out bool value) && value);
    }

    [Fact]
    public void The_last_fact_and_the_code_have_room_of_their_own()
    {
        var facts = new WordFacts();
        facts.Remember("و", WordFacts.DualHead, true);
        Assert.Equal(7, facts.DecideCode("و", 7, static (state, _) => state));
        Assert.Equal(7, facts.DecideCode("و", 9, static (state, _) => state)); // decided once: the second decision is not asked
        Assert.True(facts.TryGet("و", WordFacts.DualHead, out bool dual) && dual);
        Assert.False(facts.TryGet("و", WordFacts.DefiniteNationality, out _));
    }

    [Fact]
    public void Many_forms_past_the_first_table_keep_their_facts()
    {
        var facts = new WordFacts();
        for (int i = 0; i < 20_000; i++) facts.Remember("w" + i, WordFacts.Unknown, i % 3 == 0);
        for (int i = 0; i < 20_000; i++)
            Assert.True(facts.TryGet("w" + i, WordFacts.Unknown, out bool value) && value == (i % 3 == 0), "w" + i);
    }

    [Fact]
    public void Threads_deciding_the_same_forms_at_once_read_back_what_was_decided()
    {
        var facts = new WordFacts();
        var forms = Enumerable.Range(0, 5_000).Select(i => "f" + i).ToArray();
        Parallel.For(0, 8, t =>
        {
            for (int round = 0; round < 3; round++)
                foreach (var form in forms)
                {
                    int fact = (form.Length + round) % 25;
                    bool expected = form.GetHashCode(StringComparison.Ordinal) % 2 == 0;
                    bool value = facts.TryGet(form, fact, out bool known) ? known : facts.Remember(form, fact, expected);
                    Assert.Equal(expected, value);
                }
        });
    }
}
