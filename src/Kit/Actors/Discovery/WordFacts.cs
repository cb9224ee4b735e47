namespace Kit.Actors.Discovery;

/// <summary>
/// Yes/no facts about a word form (a title head, a given name, a name word…), each decided at most once per form and
/// owner (a people finder or a name discoverer holds one: the facts depend on its lists) and kept as two bits (decided,
/// value) of one long per form: the finder asks them of the same words many times per document, and every document has
/// the same words. Shared by the threads of a run. Bounded: emptied when full.
/// </summary>
internal sealed class WordFacts
{
    public const int TitleHead = 0;
    public const int Given = 1;
    public const int NameWord = 2; // and 3, 4, 5: after a given name (+1), after a title (+2)
    public const int Unknown = 6;
    public const int InstitutionHead = 7;
    public const int WordAsWritten = 8;
    public const int Nisba = 9;
    public const int BoundaryWord = 10;
    public const int SpeechVerb = 11;
    public const int TitleStop = 12; // the title discoverer's facts: a stop word, a name word (13; first in the name: 14)
    public const int TitleNameWord = 13;
    public const int RoleHead = 15;
    public const int InstitutionForm = 16;
    public const int IndefiniteTitle = 17; // PeopleFinder's memos of its own tests (PeopleFinder.WordTests.cs)
    public const int KinshipNoun = 18;
    public const int GivenNameStart = 19;
    public const int NounTitle = 20;
    public const int TitleHeadStart = 21; // the rule loops' gates (PeopleFinder.Titles.cs, .RolePhrases.cs, .Kinship.cs)
    public const int RolePhraseStart = 22;
    public const int KinshipStart = 23;
    public const int DefiniteNationality = 24;
    public const int DualHead = 25;
    public const int TitleStart = 26; // the title discoverer's: a word that starts a title
    public const int RoleNameForm = 27; // PeopleFinder.RolePhrases.cs: what RoleNameWord asks of the word alone

    private const int MaxForms = 1 << 16;

    // One form and what is decided about it: two bits per fact (decided, value), and a code (0: none, else value + 1).
    private sealed class Entry(string form)
    {
        public readonly string Form = form;
        public long Bits;
        public long Code;
    }

    // Open addressing, read without a lock (the finder is shared by the report's threads; a fact is the same whoever
    // decides it, so a race only decides it twice); a new form is added under the lock.
    private readonly object _gate = new();
    private Entry?[] _table = new Entry?[1 << 12];
    private int _count;

    /// <summary>Whether the fact is decided for the form, and if so its value.</summary>
    public bool TryGet(string form, int fact, out bool value)
    {
        long bits = Find(form) is { } entry ? Volatile.Read(ref entry.Bits) : 0;
        value = (bits & (2L << (2 * fact))) != 0;
        return (bits & (1L << (2 * fact))) != 0;
    }

    /// <summary>Keeps a decided fact and returns its value.</summary>
    public bool Remember(string form, int fact, bool value)
    {
        Interlocked.Or(ref EntryOf(form).Bits, (1L << (2 * fact)) | (value ? 2L << (2 * fact) : 0));
        return value;
    }

    /// <summary>The form's code (a number from 0 to long.MaxValue - 1): kept if decided before, else decided now and kept.</summary>
    public long DecideCode<TState>(string form, TState state, Func<TState, string, long> decide)
    {
        if (Find(form) is { } entry && Volatile.Read(ref entry.Code) is > 0 and var code) return code - 1;
        long value = decide(state, form);
        Volatile.Write(ref EntryOf(form).Code, value + 1);
        return value;
    }

    private Entry? Find(string form)
    {
        var table = Volatile.Read(ref _table);
        int mask = table.Length - 1;
        for (int i = Hash(form) & mask; ; i = (i + 1) & mask)
        {
            var entry = Volatile.Read(ref table[i]);
            if (entry is null || string.Equals(entry.Form, form)) return entry;
        }
    }

    private Entry EntryOf(string form)
    {
        if (Find(form) is { } known) return known;
        lock (_gate)
        {
            if (Find(form) is { } added) return added;
            // Bounded: a table full of forms starts over (the facts are decided again as asked).
            if (_count >= MaxForms) (_table, _count) = (new Entry?[1 << 12], 0);
            else if (_count >= _table.Length / 2) Grow();
            var entry = new Entry(form);
            Place(_table, entry);
            _count++;
            return entry;
        }
    }

    // Twice the slots, the same entries placed again: a reader still on the old table finds what it held.
    private void Grow()
    {
        var bigger = new Entry?[_table.Length * 2];
        foreach (var entry in _table)
            if (entry is not null) Place(bigger, entry);
        Volatile.Write(ref _table, bigger);
    }

    private static void Place(Entry?[] table, Entry entry)
    {
        int mask = table.Length - 1;
        int i = Hash(entry.Form) & mask;
        while (table[i] is not null) i = (i + 1) & mask;
        Volatile.Write(ref table[i], entry);
    }

    // The length and five letters (both ends and the middle), not every letter: asked of every word many times, and
    // forms that agree on all six are few enough for the probe to pass over.
    private static int Hash(string s)
    {
        int n = s.Length;
        if (n == 0) return 0;
        uint a = s[0] | (uint)s[n - 1] << 16;
        uint b = s[n >> 1] | (uint)n << 16;
        uint c = (n > 1 ? s[1] : 0u) | (uint)(n > 1 ? s[n - 2] : 0) << 16;
        uint h = a * 0x9E3779B1u ^ b * 0x85EBCA6Bu ^ c * 0xC2B2AE35u;
        return (int)(h ^ (h >> 15));
    }
}
