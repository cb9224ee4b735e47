namespace Kit.Tests.Architecture.Planted.A;

/// <summary>Half of a planted cycle: uses Planted.B only inside a method body, so the graph must read the IL to see it.</summary>
internal static class First
{
    public static string Name => "first";

    public static object Make() => new B.Second();
}
