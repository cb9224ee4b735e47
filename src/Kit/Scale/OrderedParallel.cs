namespace Kit.Scale;

/// <summary>
/// A parallel Select that keeps the order of its input and reads it lazily: at most <c>window</c> items are taken
/// ahead of the consumer, so memory stays bounded however long the input is, and every core has work.
/// </summary>
public static class OrderedParallel
{
    /// <summary>
    /// Applies selector to each item on the thread pool, yielding results in input order. An exception from the
    /// selector comes out (unwrapped) where its item's result would have. Window defaults to four items a core.
    /// </summary>
    public static IEnumerable<TResult> SelectOrdered<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector, int window = 0)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        if (window <= 0) window = 4 * Environment.ProcessorCount;
        return Iterate(source, selector, window);
    }

    private static IEnumerable<TResult> Iterate<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector, int window)
    {
        var pending = new Queue<Task<TResult>>(window);
        try
        {
            using var items = source.GetEnumerator();
            while (true)
            {
                while (pending.Count < window && items.MoveNext())
                {
                    var item = items.Current;
                    pending.Enqueue(Task.Run(() => selector(item)));
                }
                if (pending.Count == 0) yield break;
                yield return pending.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // Stopped early (an error, or the consumer had enough): let the started items finish before returning.
            foreach (var task in pending)
                try { task.Wait(); } catch (AggregateException) { }
        }
    }
}
