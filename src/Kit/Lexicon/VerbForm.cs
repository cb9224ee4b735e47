namespace Kit.Lexicon;

/// <summary>The grammatical kind of a reporting verb's form, which decides where its speaker can be.</summary>
public enum VerbFormKind
{
    /// <summary>قال، قالت، قالوا: the subject stands after it (وقال كيري) or before it (كيري قال).</summary>
    Past,
    /// <summary>يقول، تقول، يقولون: as the past.</summary>
    Present,
    /// <summary>قائلا، مضيفا، مؤكدا: the subject is the one of the sentence before the comma.</summary>
    Participle,
    /// <summary>القول، قوله، إقناع: a verbal noun; it names no speaker of its own.</summary>
    Noun,
}

/// <summary>One written form of a reporting verb (normalized), with its lemma and kind.</summary>
public sealed record VerbForm(string Lemma, string Form, VerbFormKind Kind, bool AdjacentOnly, IReadOnlySet<string> Flags)
{
    public const string SourceAfterAn = "source-after-an";
    public const string Lead = "lead";

    public bool IsFinite => Kind is VerbFormKind.Past or VerbFormKind.Present;

    public bool Has(string flag) => Flags.Contains(flag);

    public override string ToString() => $"{Form} ({Lemma}, {Kind.ToString().ToLowerInvariant()})";
}
