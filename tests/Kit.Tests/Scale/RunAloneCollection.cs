namespace Kit.Tests.Scale;

/// <summary>Tests that compare two running times run after the others, one at a time: other tests would weigh on one side.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunAloneCollection
{
    public const string Name = "run alone";
}
