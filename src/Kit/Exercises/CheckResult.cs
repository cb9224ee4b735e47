namespace Kit.Exercises;

/// <summary>A passed check: displays as a green tick with what the student just learned.</summary>
[Kit.Display.TypeFormatterSource(typeof(Kit.Display.KitFormatterSource))]
public sealed record CheckResult(string Exercise, string Message)
{
    // "Exercise" spelled out: in a console (an exported notebook) the line stands alone, without the notebook's heading.
    public override string ToString() => $"✅ Exercise {Exercise}: {Message}";
}
