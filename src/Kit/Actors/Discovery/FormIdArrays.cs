namespace Kit.Actors.Discovery;

/// <summary>The growth of an array indexed by vocabulary id (FormMemo, FormFlags): doubled, or enough for the id, capped at the vocabulary's size.</summary>
internal static class FormIdArrays
{
    /// <summary>The array itself when it already holds the id, else a longer copy of it.</summary>
    public static T[] Grown<T>(T[] array, int id)
    {
        if (id < array.Length) return array;
        var bigger = new T[Math.Min(Caching.Vocabulary.MaxForms, Math.Max(array.Length * 2, id + 1))];
        Array.Copy(array, bigger, array.Length);
        return bigger;
    }
}
