namespace Kit.Exercises;

/// <summary>
/// One exercise as the course lists it: its number ("2.1"), a title, its kind ("practice", "algorithm" or
/// "concept") and its hints, from gentle to specific. None of the hints is the solution.
/// </summary>
public sealed record ExerciseInfo(string Id, string Title, string Kind, IReadOnlyList<string> Hints)
{
    /// <summary>The notebook an exercise belongs to: "2" for "2.1".</summary>
    public string Notebook => Id.Split('.')[0];
}
