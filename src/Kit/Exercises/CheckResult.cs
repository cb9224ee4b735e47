namespace Kit.Exercises;

/// <summary>A passed check: displays as a green tick with a line of feedback.</summary>
[Kit.Display.TypeFormatterSource(typeof(Kit.Display.KitFormatterSource))]
public sealed record CheckResult(string Exercise, string Message)
{
    public override string ToString() => $"✅ {Exercise}: {Message}";
}
