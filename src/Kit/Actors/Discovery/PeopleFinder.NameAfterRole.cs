namespace Kit.Actors.Discovery;

// What RoleBeforeName's name loop asks of a word alone, read by position: decided when the loop first reaches a form, not
// for every new form in WordOpens (a corpus of many new forms paid for facts most of its forms are never asked).
public sealed partial class PeopleFinder
{
    [Flags]
    private enum NameAfterRole : byte
    {
        None = 0,
        Decided = 1, // kept even when no other bit is set, so a kept value is never None
        First = 2, // may be the name's first word (all the loop asks of the word there)
        Later = 4, // may be a later word, if it is Named or a clear end follows it
        Named = 8, // UnknownWord or UnwrittenNameShape
    }

    private readonly FormMemo<NameAfterRole> _namesAfterRole = new();

    // Word k's facts: kept by its form's vocabulary id where the layers give one, else decided again.
    private NameAfterRole NameAfterRoleAt(Document d, int k)
    {
        string x = d.W[k];
        int id = d.Forms is { } forms ? forms[k].Form : -1;
        return _namesAfterRole.TryGet(id, x, out var known) ? known : _namesAfterRole.Remember(id, x, DecideNameAfterRole(x, d.OpensAt[k]));
    }

    private NameAfterRole DecideNameAfterRole(string x, Opens opens)
    {
        bool named = UnknownWord(x) || UnwrittenNameShape(x);
        // No article, no plural; no accusative, possessed or prepositional noun (القرى الفقيرة لتطعيم أطفالهن).
        bool any = !x.StartsWith("ال", StringComparison.Ordinal) && !Plural(x) && !AccusativeWord(x) && !PossessedNoun(x) && !PronounEnding(x)
            && (opens & Opens.PrepositionOnNoun) == 0;
        // الخزان الجوفي لحوض …: first after the role, ل or ب on a noun of three letters opens a phrase too; the first word may
        // look like a proclitic on a word (كيران), so long as it is no word as written.
        bool first = any && IsNameWord(x, false, true) && !(x.Length == 4 && PrepositionOnShortNoun(x))
            && (named || (opens & Opens.Given) != 0 && !Lexicon.WordNames.Contains(x)
                || (opens & (Opens.Ordinary | Opens.Title | Opens.InstitutionHead)) == 0);
        bool later = any && IsNameWord(x, true, true);
        return NameAfterRole.Decided | (first ? NameAfterRole.First : 0) | (later ? NameAfterRole.Later : 0) | (named ? NameAfterRole.Named : 0);
    }
}
