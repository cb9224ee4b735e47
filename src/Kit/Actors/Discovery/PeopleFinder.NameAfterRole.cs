namespace Kit.Actors.Discovery;

// What the name loops of RoleBeforeName and RoleName ask of a word alone, read by position: decided when a loop first
// reaches a form, not for every new form in WordOpens (a corpus of many new forms paid for facts most of its forms are never asked).
public sealed partial class PeopleFinder
{
    [Flags]
    private enum NameAfterRole : ushort
    {
        None = 0,
        Decided = 1, // kept even when no other bit is set, so a kept value is never None
        First = 2, // may be the name's first word (all the loop asks of the word there)
        Later = 4, // may be a later word, if it is Named or a clear end follows it
        Named = 8, // UnknownWord or UnwrittenNameShape
        RoleNameForm = 16, // RoleName: RoleNameForm
        RoleNamed = 32, // RoleName: a given name, or Named
        RoleAccusative = 64, // RoleName: an accusative word with no article that is no given name
        RolePlainUnknown = 128, // RoleName: UnknownWord and no accusative
        NisbaFamilyName = 256, // RoleName: a definite word of six letters or more in ي that is no nisba adjective
    }

    private readonly FormMemo<NameAfterRole> _namesAfterRole = new();

    // Word k's facts: kept by its form's vocabulary id where the layers give one, else decided again.
    private NameAfterRole NameAfterRoleAt(Document d, int k)
    {
        string x = d.W[k];
        int id = d.FormId(k);
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
        bool given = (opens & Opens.Given) != 0, accusative = AccusativeWord(x), definite = x.StartsWith("ال", StringComparison.Ordinal);
        return NameAfterRole.Decided | (first ? NameAfterRole.First : 0) | (later ? NameAfterRole.Later : 0) | (named ? NameAfterRole.Named : 0)
            | (RoleNameForm(x) ? NameAfterRole.RoleNameForm : 0) | (given || named ? NameAfterRole.RoleNamed : 0)
            | (accusative && !given && !definite ? NameAfterRole.RoleAccusative : 0) | (UnknownWord(x) && !accusative ? NameAfterRole.RolePlainUnknown : 0)
            | (x.Length >= 6 && x.EndsWith('ي') && !IsNisbaAdjective(x) ? NameAfterRole.NisbaFamilyName : 0);
    }
}
