using Kit.Caching;

namespace Kit.Actors.Discovery;

/// <summary>
/// One string per vocabulary id for a word as a view of the layers writes it (the people finder's words): the same
/// form in every document is then one string, not a copy per occurrence, and the finder's per-form facts find it by
/// reference. Each string is checked against the word's characters before it is given (two views of one form may
/// differ), so a view that writes the form otherwise only replaces it.
/// </summary>
internal static class FormStrings
{
    private static readonly string?[] ById = new string?[Vocabulary.MaxForms];

    /// <summary>The string of text[start..end], the word whose kit form has the vocabulary id given (-1: none).</summary>
    public static string Of(string text, int start, int end, int id)
    {
        if ((uint)id >= (uint)ById.Length) return text[start..end];
        var span = text.AsSpan(start, end - start);
        string? known = Volatile.Read(ref ById[id]);
        if (known is not null && span.SequenceEqual(known)) return known;
        string made = span.ToString();
        Volatile.Write(ref ById[id], made);
        return made;
    }
}
