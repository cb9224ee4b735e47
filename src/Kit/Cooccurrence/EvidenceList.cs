using Kit.Display;

namespace Kit.Cooccurrence;

/// <summary>The windows behind one edge; displays each window's text right to left with both actors marked.</summary>
[TypeFormatterSource(typeof(CooccurrenceFormatters))]
public sealed class EvidenceList(ActorNode a, ActorNode b, Window window, IReadOnlyList<Evidence> evidence, int? total = null) : IReadOnlyList<Evidence>
{
    public ActorNode A { get; } = a;

    public ActorNode B { get; } = b;

    public Window Window { get; } = window;

    public int Count => evidence.Count;

    /// <summary>How many windows the edge has in all (more than Count when the list was cut).</summary>
    public int Total { get; } = total ?? evidence.Count;

    public Evidence this[int index] => evidence[index];

    public IEnumerator<Evidence> GetEnumerator() => evidence.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public string Caption =>
        $"{A.Name} — {B.Name}: {Total} {Window.Name()} window{(Total == 1 ? "" : "s")}{(Total > Count ? $", the first {Count} shown" : "")}";

    public override string ToString() =>
        string.Join("\n", evidence.Select(e => $"{e.Document} {e.Start}-{e.End}: {e.Text}").Prepend(Caption));
}
