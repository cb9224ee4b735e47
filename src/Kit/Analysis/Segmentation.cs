namespace Kit.Analysis;

/// <summary>A word split into proclitics, base and enclitic; Offset is where the base starts in the word.</summary>
public sealed record Segmentation(IReadOnlyList<string> Proclitics, string Base, int Offset, string? Enclitic)
{
    public static Segmentation Whole(string word) => new([], word, 0, null);
}
