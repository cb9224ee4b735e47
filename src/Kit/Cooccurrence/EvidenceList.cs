using Kit.Display;

namespace Kit.Cooccurrence;

/// <summary>The windows behind one edge; displays each window's text right to left with both actors marked.</summary>
[TypeFormatterSource(typeof(KitFormatterSource))]
public sealed class EvidenceList(ActorNode a, ActorNode b, Window window, IReadOnlyList<Evidence> evidence) : IReadOnlyList<Evidence>
{
    public ActorNode A { get; } = a;

    public ActorNode B { get; } = b;

    public Window Window { get; } = window;

    public int Count => evidence.Count;

    public Evidence this[int index] => evidence[index];

    public IEnumerator<Evidence> GetEnumerator() => evidence.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    public string Caption => $"{A.Name} — {B.Name}: {Count} {Window.Name()} window{(Count == 1 ? "" : "s")}";

    public override string ToString() =>
        string.Join("\n", evidence.Select(e => $"{e.Document} {e.Start}-{e.End}: {e.Text}").Prepend(Caption));
}
