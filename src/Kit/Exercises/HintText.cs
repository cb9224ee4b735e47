namespace Kit.Exercises;

/// <summary>One hint, asked for: hint <see cref="Number"/> of <see cref="Of"/> for an exercise.</summary>
[Kit.Display.TypeFormatterSource(typeof(ExerciseFormatters))]
public sealed record HintText(string Exercise, int Number, int Of, string Text)
{
    public override string ToString() => Of == 0 ? $"💡 Exercise {Exercise}: {Text}" : $"💡 Exercise {Exercise}, hint {Number} of {Of}: {Text}";
}
