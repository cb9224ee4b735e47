namespace Kit.Tests.Architecture.Planted.B;

/// <summary>The other half of the planted cycle: uses Planted.A back, again only inside a method body.</summary>
internal sealed class Second
{
    public override string ToString() => A.First.Name + " and second";
}
