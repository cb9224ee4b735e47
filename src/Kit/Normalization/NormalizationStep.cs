namespace Kit.Normalization;

/// <summary>One named, switchable step of the Arabic normalizer.</summary>
public abstract class NormalizationStep
{
    /// <summary>Short name used to switch the step on or off ("tatweel", "alef-forms", ...).</summary>
    public abstract string Name { get; }

    /// <summary>One line a student can read: what the step does and why.</summary>
    public abstract string Explanation { get; }

    /// <summary>Rewrites the whole input into output, recording where every output character came from.</summary>
    public abstract void Apply(ReadOnlySpan<char> input, OffsetWriter output);

    public override string ToString() => $"{Name}: {Explanation}";
}

/// <summary>A step that maps each character on its own: to itself, to another character, or to nothing.</summary>
public abstract class CharMapStep : NormalizationStep
{
    /// <summary>The replacement for c: c itself to keep it, '\0' to remove it.</summary>
    protected abstract char Map(char c);

    public override void Apply(ReadOnlySpan<char> input, OffsetWriter output)
    {
        for (int i = 0; i < input.Length; i++)
        {
            char c = input[i];
            char m = Map(c);
            if (m == c) output.Keep(c, i);
            else if (m == '\0') output.Remove(i, i + 1);
            else output.Replace(m, i, i + 1);
        }
    }

    /// <summary>Applies the step to one character (for tests and for explaining).</summary>
    public char MapChar(char c) => Map(c);
}
