namespace Kit.Caching;

/// <summary>
/// The word forms met so far in this process, one string and one id each: a word read from a document is looked up by
/// span and its known string shared, so the same form is allocated once, not once per occurrence (news repeats its
/// words). The id (0, 1, 2… in order of first meeting) lets later stages keep what they decided about a form in an
/// array indexed by it instead of hashing the word again. Thread-safe: look-ups take no lock, a new form takes one
/// (new forms are rare once a corpus is under way). Bounded: after <see cref="MaxForms"/> forms, new ones are copied
/// as they come, not kept, and get no id (-1).
/// </summary>
internal static class Vocabulary
{
    /// <summary>How many forms are kept (and so how long a per-id array needs to be).</summary>
    public const int MaxForms = 1 << 18;

    // The table grows from small (it stays in the processor's cache for a small corpus) to twice MaxForms slots.
    private const int FirstSlots = 1 << 12;

    private static readonly object Gate = new();
    // A slot holds a form's id + 1 (0: empty) in its low IdBits and the top bits of the form's hash above them (its tag):
    // four bytes, so the slots a corpus's common words use share few cache lines, and a slot of another form is passed
    // over without reading that form's hash or string (each a load from elsewhere; perf of kit report).
    private static int[] _table = new int[FirstSlots];

    // Ids up to MaxForms, plus one, fit in IdBits; the table's index takes at most IdBits of the hash too (it grows to
    // twice MaxForms slots), so the tag is made of hash bits the index never uses.
    private const int IdBits = 19;
    private const int IdMask = (1 << IdBits) - 1;
    private static readonly string?[] ById = new string?[MaxForms];
    // Grown as forms come, under the lock: made at MaxForms at once, it raised kit report's peak by 9 MiB on 100 MB.
    private static int[] _hashById = new int[FirstSlots / 2];
    private static int _count;

    /// <summary>How many forms are kept so far.</summary>
    public static int Count => Volatile.Read(ref _count);

    /// <summary>The process's string for a word form, made on its first occurrence.</summary>
    public static string Intern(ReadOnlySpan<char> form) => Intern(form, out _);

    /// <summary>The process's string for a word form and its id (-1 when the vocabulary is full and the form new).</summary>
    public static string Intern(ReadOnlySpan<char> form, out int id)
    {
        if (form.IsEmpty)
        {
            id = -1;
            return "";
        }
        int hash = Hash(form);
        if (Find(Volatile.Read(ref _table), form, hash) is var known and >= 0)
        {
            id = known;
            return ById[known]!;
        }
        return Add(form, hash, out id);
    }

    /// <summary>The string of a kept form, by its id.</summary>
    public static string TextOf(int id) => ById[id]!;

    // The id of a kept form, or -1.
    private static int Find(int[] table, ReadOnlySpan<char> form, int hash)
    {
        int mask = table.Length - 1;
        int tag = Tag(hash);
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            int slot = Volatile.Read(ref table[i]);
            if (slot == 0) return -1;
            if ((slot & ~IdMask) != tag) continue; // another form's slot: its tag differs, so does its hash
            int id = (slot & IdMask) - 1;
            if (form.SequenceEqual(ById[id])) return id;
        }
    }

    // The hash's bits above the index's, in place above the id.
    private static int Tag(int hash) => hash & ~IdMask;

    // A form not found without the lock: looked for again under it (another thread may have just added it), then added.
    private static string Add(ReadOnlySpan<char> form, int hash, out int id)
    {
        lock (Gate)
        {
            if (Find(_table, form, hash) is var known and >= 0)
            {
                id = known;
                return ById[known]!;
            }
            string text = form.ToString();
            if (_count >= MaxForms)
            {
                id = -1;
                return text; // full: copied, not kept
            }
            if (_count >= _table.Length / 2) Grow();
            id = _count;
            if (id == _hashById.Length) Volatile.Write(ref _hashById, [.. _hashById, .. new int[id]]);
            (ById[id], _hashById[id]) = (text, hash); // before the slot is visible: whoever sees its id finds its string
            Place(_table, id);
            Volatile.Write(ref _count, _count + 1);
            return text;
        }
    }

    // Twice the slots, the forms placed again; readers still on the old table find a new form under the lock.
    private static void Grow()
    {
        var bigger = new int[_table.Length * 2];
        foreach (int slot in _table)
            if (slot != 0) Place(bigger, (slot & IdMask) - 1);
        Volatile.Write(ref _table, bigger);
    }

    private static void Place(int[] table, int id)
    {
        int mask = table.Length - 1;
        int hash = _hashById[id];
        int i = hash & mask;
        while (table[i] != 0) i = (i + 1) & mask;
        Volatile.Write(ref table[i], Tag(hash) | (id + 1));
    }

    private static int Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return (int)((h ^ (h >> 15)) & 0x7FFFFFFF);
    }
}
