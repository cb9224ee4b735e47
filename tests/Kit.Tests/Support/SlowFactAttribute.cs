namespace Kit.Tests.Support;

/// <summary>
/// A test too slow for every run (more than a few seconds of CPU): skipped unless KIT_SLOW_TESTS=1.
/// Run them with <c>KIT_SLOW_TESTS=1 dotnet test Kit.sln --filter Category=Slow</c>.
/// </summary>
public sealed class SlowFactAttribute : FactAttribute
{
    public SlowFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("KIT_SLOW_TESTS") != "1")
            Skip = "slow: runs when KIT_SLOW_TESTS=1";
    }
}
