using Kit.Actors.Discovery;

namespace Kit.Tests.Actors;

// FormFlags (src/Kit/Actors/Discovery/FormFlags.cs), the one keeper of a yes or no per form: an answer comes back only for
// the very string it was decided for.
public class FormFlagsTests
{
    [Fact]
    public void A_yes_and_a_no_come_back_for_the_same_id_and_string()
    {
        var flags = new FormFlags();
        string yes = new("وزير".AsSpan()), no = new("قال".AsSpan());
        Assert.False(flags.TryGet(3, yes, out _));
        Assert.True(flags.Remember(3, yes, true));
        Assert.False(flags.Remember(4, no, false));
        Assert.True(flags.TryGet(3, yes, out bool value) && value);
        Assert.True(flags.TryGet(4, no, out value) && !value);
    }

    [Fact]
    public void An_equal_string_that_is_another_object_is_decided_apart()
    {
        // a finder that respelled a word (علي the name) holds another string for the same id: it must not get the other's answer
        var flags = new FormFlags();
        flags.Remember(7, new string("علي".AsSpan()), true);
        Assert.False(flags.TryGet(7, new string("علي".AsSpan()), out _));
    }

    [Fact]
    public void No_id_keeps_nothing_and_a_large_id_grows_the_table()
    {
        var flags = new FormFlags();
        string form = "form";
        Assert.True(flags.Remember(-1, form, true));
        Assert.False(flags.TryGet(-1, form, out _));
        flags.Remember(100_000, form, false);
        Assert.True(flags.TryGet(100_000, form, out bool value) && !value);
        Assert.False(flags.TryGet(100_001, form, out _));
    }
}
