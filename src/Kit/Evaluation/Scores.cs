using System.Globalization;

namespace Kit.Evaluation;

/// <summary>Precision, recall and F1 from counts of true positives, false positives and false negatives.</summary>
public sealed record Scores(string Label, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Scores of a system's items against gold items; two items agree when their keys are equal.</summary>
    public static Scores Compare<T, TKey>(string label, IEnumerable<T> gold, IEnumerable<T> system, Func<T, TKey> key) where TKey : notnull
    {
        var goldKeys = gold.Select(key).ToHashSet();
        var systemKeys = system.Select(key).ToHashSet();
        int tp = systemKeys.Count(goldKeys.Contains);
        return new Scores(label, tp, systemKeys.Count - tp, goldKeys.Count - tp);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Label}: P={Precision:0.000} R={Recall:0.000} F1={F1:0.000} (tp={TruePositives} fp={FalsePositives} fn={FalseNegatives})");
}
