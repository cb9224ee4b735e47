namespace Kit.Actors.Discovery;

/// <summary>
/// A yes or no decided once per word form, found by the form's vocabulary id (src/Kit/Caching/Vocabulary.cs): the form's
/// string is kept at its id in the array of its answer, so a look-up compares references in an array and reads no object
/// of its own (FormMemo reads the object that holds the value). A form that a finder respelled (علي the name) is another
/// string and is decided apart. Shared by threads: each write is one reference, and a form's answer is the same whoever
/// decides it; a race at worst decides it twice.
/// </summary>
internal sealed class FormFlags
{
    private readonly object _gate = new();
    private string?[] _yes = new string?[1 << 12];
    private string?[] _no = new string?[1 << 12];

    /// <summary>The answer kept for the form with this id, if the form is the string it was decided for.</summary>
    public bool TryGet(int id, string form, out bool value)
    {
        var yes = Volatile.Read(ref _yes);
        if ((uint)id < (uint)yes.Length && ReferenceEquals(Volatile.Read(ref yes[id]), form))
        {
            value = true;
            return true;
        }
        var no = Volatile.Read(ref _no);
        value = false;
        return (uint)id < (uint)no.Length && ReferenceEquals(Volatile.Read(ref no[id]), form);
    }

    /// <summary>Keeps the answer decided for the form with this id (-1: no id, nothing kept).</summary>
    public bool Remember(int id, string form, bool value)
    {
        if (id < 0 || id >= Caching.Vocabulary.MaxForms) return value;
        if (id >= Volatile.Read(ref _yes).Length || id >= Volatile.Read(ref _no).Length)
            lock (_gate)
            {
                _yes = FormIdArrays.Grown(_yes, id);
                _no = FormIdArrays.Grown(_no, id);
            }
        Volatile.Write(ref (value ? _yes : _no)[id], form);
        return value;
    }
}
