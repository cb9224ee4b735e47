namespace Kit.Analysis;

/// <summary>Receives terms without allocating a string per term (for benchmarks and streaming).</summary>
public interface ITermSink
{
    void Add(ReadOnlySpan<char> term, int start, int end);
}
