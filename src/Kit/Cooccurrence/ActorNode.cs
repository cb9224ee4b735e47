namespace Kit.Cooccurrence;

/// <summary>An actor taking part in the count: its mentions, and in how many windows it appears (the c(a) of the measures).</summary>
public sealed record ActorNode(string Actor, string Name, string Type, int Mentions, int Windows)
{
    public override string ToString() => $"{Name} ({Actor}, {Type}): {Mentions} mentions in {Windows} windows";
}
