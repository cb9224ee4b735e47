using Kit.Actors.Discovery;

namespace Kit.Tests.Actors;

// FormMemo (src/Kit/Actors/Discovery/FormMemo.cs) gives a value back only for the very string it was decided for (a yes or
// no per form is FormFlags', FormFlagsTests).
public class FormMemoTests
{
    [Fact]
    public void A_value_comes_back_for_the_same_id_and_string()
    {
        var memo = new FormMemo<int>();
        string form = new("وزير".AsSpan());
        Assert.False(memo.TryGet(3, form, out _));
        Assert.Equal(42, memo.Remember(3, form, 42));
        Assert.True(memo.TryGet(3, form, out int value));
        Assert.Equal(42, value);
    }

    [Fact]
    public void An_equal_string_that_is_another_object_is_decided_apart()
    {
        // a finder that respelled a word (علي the name) holds another string for the same id: it must not get the other's value
        var memo = new FormMemo<int>();
        memo.Remember(7, new string("علي".AsSpan()), 1);
        Assert.False(memo.TryGet(7, new string("علي".AsSpan()), out _));
    }

    [Fact]
    public void No_id_keeps_nothing_and_a_large_id_grows_the_table()
    {
        var memo = new FormMemo<int>();
        string form = "form";
        Assert.Equal(5, memo.Remember(-1, form, 5));
        Assert.False(memo.TryGet(-1, form, out _));
        memo.Remember(100_000, form, 9);
        Assert.True(memo.TryGet(100_000, form, out int value) && value == 9);
        Assert.False(memo.TryGet(100_001, form, out _));
    }
}
