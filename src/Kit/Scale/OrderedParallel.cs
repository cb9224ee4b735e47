namespace Kit.Scale;

/// <summary>
/// A parallel Select that keeps the order of its input and reads it lazily: at most <c>window</c> items are taken
/// ahead of the consumer, so memory stays bounded however long the input is, and every core has work.
/// </summary>
public static class OrderedParallel
{
    /// <summary>
    /// Applies selector to each item on <c>workers</c> threads of their own (one a core by default: a busy thread pool
    /// cannot starve them), yielding results in input order. An exception from the selector comes out, unwrapped,
    /// where its item's result would have. The window defaults to four items a worker.
    /// </summary>
    public static IEnumerable<TResult> SelectOrdered<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector, int window = 0, int workers = 0)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(selector);
        if (workers <= 0) workers = Environment.ProcessorCount;
        if (window <= 0) window = 4 * workers;
        // One worker on one core cannot overlap the consumer: in line, without a thread switch per item.
        if (workers == 1 && Environment.ProcessorCount == 1) return source.Select(selector);
        return new Run<TSource, TResult>(source, selector, Math.Max(window, 1), workers).Results();
    }

    private sealed class Run<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector, int window, int workers)
    {
        private readonly object _gate = new();
        private readonly Dictionary<long, (TResult Value, Exception? Error)> _done = [];
        private IEnumerator<TSource>? _items;
        private long _taken;
        private long _yielded;
        private bool _sourceEnded;
        private Exception? _sourceError;
        private bool _stopped;

        public IEnumerable<TResult> Results()
        {
            _items = source.GetEnumerator();
            var threads = Enumerable.Range(0, workers).Select(i => new Thread(Work) { IsBackground = true, Name = $"kit worker {i + 1}" }).ToList();
            threads.ForEach(t => t.Start());
            try
            {
                while (true)
                {
                    (TResult Value, Exception? Error) next;
                    lock (_gate)
                    {
                        while (!_done.ContainsKey(_yielded) && !(_sourceEnded && _yielded == _taken)) Monitor.Wait(_gate);
                        if (!_done.Remove(_yielded, out next))
                        {
                            if (_sourceError is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_sourceError);
                            yield break;
                        }
                        _yielded++;
                        Monitor.PulseAll(_gate);
                    }
                    if (next.Error is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(next.Error);
                    yield return next.Value;
                }
            }
            finally
            {
                // Done, failed, or the consumer had enough: stop taking items and let the started ones finish.
                lock (_gate)
                {
                    _stopped = true;
                    Monitor.PulseAll(_gate);
                }
                threads.ForEach(t => t.Join());
                _items.Dispose();
            }
        }

        private void Work()
        {
            while (true)
            {
                TSource item;
                long index;
                lock (_gate)
                {
                    while (!_stopped && !_sourceEnded && _taken - _yielded >= window) Monitor.Wait(_gate);
                    if (_stopped || _sourceEnded) return;
                    try
                    {
                        if (!_items!.MoveNext())
                        {
                            _sourceEnded = true;
                            Monitor.PulseAll(_gate);
                            return;
                        }
                        item = _items.Current;
                    }
                    catch (Exception e)
                    {
                        (_sourceEnded, _sourceError) = (true, e);
                        Monitor.PulseAll(_gate);
                        return;
                    }
                    index = _taken++;
                }
                (TResult, Exception?) result;
                try
                {
                    result = (selector(item), null);
                }
                catch (Exception e)
                {
                    result = (default!, e);
                }
                lock (_gate)
                {
                    _done[index] = result;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }
}
