using Kit.Corpus;
using Xunit.Abstractions;

namespace Kit.Tests.Architecture;

/// <summary>
/// The kit's domains (Kit.Actors, Kit.Display, …, one folder each) form layers: a domain may use those below it, never
/// one that uses it back, or the two can only be read and changed together. The test names each cycle and one use per step.
/// </summary>
public class NamespaceCycleTests(ITestOutputHelper output)
{
    [Fact]
    public void Kit_namespaces_use_one_another_without_cycles()
    {
        var graph = NamespaceGraph.Of(typeof(TextCorpus).Assembly, "Kit");
        var cycles = graph.Cycles();
        var report = cycles.SelectMany(graph.Describe).ToList();
        foreach (var line in report) output.WriteLine(line);
        if (cycles.Count == 0)
            foreach (var (layer, i) in graph.Layers().Select((l, i) => (l, i)))
                output.WriteLine($"layer {i}: {string.Join(", ", layer)}");
        Assert.True(cycles.Count == 0, $"{cycles.Count} namespace cycle(s):\n" + string.Join("\n", report));
    }

    [Fact]
    public void The_graph_sees_uses_in_method_bodies_and_finds_a_planted_cycle()
    {
        var graph = NamespaceGraph.Of(typeof(NamespaceCycleTests).Assembly, "Kit.Tests.Architecture.Planted");
        var cycle = Assert.Single(graph.Cycles());
        Assert.Equal(["Kit.Tests.Architecture.Planted.A", "Kit.Tests.Architecture.Planted.B"], cycle);
        Assert.Contains("Planted.A ↔ Kit.Tests.Architecture.Planted.B: First uses Second; Second uses First", string.Join("\n", graph.Describe(cycle)));
    }
}
