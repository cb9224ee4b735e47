using Kit.Scale;

namespace Kit.Tests.Scale;

public class OrderedParallelTests
{
    [Fact]
    public void Results_come_in_input_order_however_long_each_item_takes()
    {
        var results = Enumerable.Range(0, 200).SelectOrdered(i =>
        {
            Thread.SpinWait((200 - i) * 500); // early items take longest
            return i * i;
        }, window: 8).ToList();
        Assert.Equal(Enumerable.Range(0, 200).Select(i => i * i), results);
    }

    [Fact]
    public void Reads_its_input_no_further_ahead_than_the_window()
    {
        int taken = 0;
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 1000; i++)
            {
                Interlocked.Increment(ref taken);
                yield return i;
            }
        }
        using var results = Source().SelectOrdered(i => i, window: 5).GetEnumerator();
        for (int k = 0; k < 10; k++)
        {
            Assert.True(results.MoveNext());
            Assert.Equal(k, results.Current);
            Assert.InRange(Volatile.Read(ref taken), k + 1, k + 1 + 5);
        }
    }

    [Fact]
    public void Runs_the_items_on_as_many_threads_as_workers()
    {
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        _ = Enumerable.Range(0, 64).SelectOrdered(i =>
        {
            threads[Environment.CurrentManagedThreadId] = true;
            Thread.Sleep(5);
            return i;
        }, workers: 2).ToList();
        Assert.Equal(2, threads.Count);
    }

    [Fact]
    public void An_error_in_the_input_comes_out_after_the_items_before_it()
    {
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 5; i++) yield return i;
            throw new IOException("disk gone");
        }
        var seen = new List<int>();
        var e = Assert.Throws<IOException>(() =>
        {
            foreach (var x in Source().SelectOrdered(i => i * 10)) seen.Add(x);
        });
        Assert.Equal("disk gone", e.Message);
        Assert.Equal([0, 10, 20, 30, 40], seen);
    }

    [Fact]
    public void An_error_comes_out_where_its_item_would_have()
    {
        var seen = new List<int>();
        var e = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var x in Enumerable.Range(0, 50).SelectOrdered(i => i == 7 ? throw new InvalidOperationException("item 7") : i))
                seen.Add(x);
        });
        Assert.Equal("item 7", e.Message);
        Assert.Equal(Enumerable.Range(0, 7), seen);
    }
}
