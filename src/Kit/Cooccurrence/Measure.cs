namespace Kit.Cooccurrence;

/// <summary>What to rank or colour edges by.</summary>
public enum Measure
{
    Count,
    Pmi,
    Npmi,
    Dice,
    Jaccard,
}

/// <summary>Reads a measure's name as a student types it ("pmi", "NPMI", "dice").</summary>
public static class Measures
{
    public static Measure Parse(string name) =>
        Enum.TryParse<Measure>(name.Trim(), ignoreCase: true, out var measure) && Enum.IsDefined(measure) ? measure
            : throw new ArgumentException($"No measure '{name}'; use count, pmi, npmi, dice or jaccard.", nameof(name));

    public static string Name(this Measure measure) => measure switch
    {
        Measure.Pmi => "PMI",
        Measure.Npmi => "NPMI",
        _ => measure.ToString().ToLowerInvariant(),
    };
}
