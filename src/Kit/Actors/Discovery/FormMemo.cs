namespace Kit.Actors.Discovery;

/// <summary>
/// A value decided once per word form, found by the form's vocabulary id (src/Kit/Caching/Vocabulary.cs) instead of by
/// hashing it: for the rule gates asked of every word of every document. A value is kept with the string it was decided
/// for and given back only for that same string, so a word that a finder respelled (علي the name) is decided apart.
/// Shared by threads: a race at worst decides a value twice. A yes or no is FormFlags' (one reference compared, no object read).
/// </summary>
internal sealed class FormMemo<T>
    where T : struct
{
    private sealed class Known(string form, T value)
    {
        public readonly string Form = form;
        public readonly T Value = value;
    }

    private readonly object _gate = new();
    private Known?[] _byId = new Known?[1 << 12];

    /// <summary>The value kept for the form with this id, if the form is the string it was decided for.</summary>
    public bool TryGet(int id, string form, out T value)
    {
        var byId = Volatile.Read(ref _byId);
        if ((uint)id < (uint)byId.Length && Volatile.Read(ref byId[id]) is { } known && ReferenceEquals(known.Form, form))
        {
            value = known.Value;
            return true;
        }
        value = default;
        return false;
    }

    /// <summary>Keeps the value decided for the form with this id (-1: no id, nothing kept).</summary>
    public T Remember(int id, string form, T value)
    {
        if (id < 0 || id >= Caching.Vocabulary.MaxForms) return value;
        var byId = Volatile.Read(ref _byId);
        if (id >= byId.Length)
            lock (_gate)
            {
                byId = FormIdArrays.Grown(_byId, id);
                Volatile.Write(ref _byId, byId);
            }
        Volatile.Write(ref byId[id], new Known(form, value));
        return value;
    }
}
