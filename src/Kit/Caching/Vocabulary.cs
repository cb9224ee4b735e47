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
    private const int FirstSlots = 1 << 14;

    private static readonly object Gate = new();
    private static Form?[] _table = new Form?[FirstSlots];
    private static readonly string?[] ById = new string?[MaxForms];
    private static int _count;

    // One kept form: its string, its id, and its hash (compared before the characters: most probes end there).
    private sealed class Form(string text, int id, int hash)
    {
        public readonly string Text = text;
        public readonly int Id = id;
        public readonly int Hash = hash;
    }

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
        if (Find(Volatile.Read(ref _table), form, hash) is { } known)
        {
            id = known.Id;
            return known.Text;
        }
        return Add(form, hash, out id);
    }

    /// <summary>The string of a kept form, by its id.</summary>
    public static string TextOf(int id) => ById[id]!;

    private static Form? Find(Form?[] table, ReadOnlySpan<char> form, int hash)
    {
        int mask = table.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            var slot = Volatile.Read(ref table[i]);
            if (slot is null) return null;
            if (slot.Hash == hash && form.SequenceEqual(slot.Text)) return slot;
        }
    }

    // A form not found without the lock: looked for again under it (another thread may have just added it), then added.
    private static string Add(ReadOnlySpan<char> form, int hash, out int id)
    {
        lock (Gate)
        {
            if (Find(_table, form, hash) is { } known)
            {
                id = known.Id;
                return known.Text;
            }
            string text = form.ToString();
            if (_count >= MaxForms)
            {
                id = -1;
                return text; // full: copied, not kept
            }
            if (_count >= _table.Length / 2) Grow();
            var kept = new Form(text, _count, hash);
            ById[kept.Id] = text; // before the form is visible: whoever sees its id finds its string
            Place(_table, kept);
            Volatile.Write(ref _count, _count + 1);
            id = kept.Id;
            return text;
        }
    }

    // Twice the slots, the forms placed again; readers still on the old table find a new form under the lock.
    private static void Grow()
    {
        var bigger = new Form?[_table.Length * 2];
        foreach (var form in _table)
            if (form is not null) Place(bigger, form);
        Volatile.Write(ref _table, bigger);
    }

    private static void Place(Form?[] table, Form form)
    {
        int mask = table.Length - 1;
        int i = form.Hash & mask;
        while (table[i] is not null) i = (i + 1) & mask;
        Volatile.Write(ref table[i], form);
    }

    private static int Hash(ReadOnlySpan<char> s)
    {
        uint h = 2166136261;
        foreach (char c in s) h = (h ^ c) * 16777619;
        return (int)((h ^ (h >> 15)) & 0x7FFFFFFF);
    }
}
