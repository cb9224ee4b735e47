using Kit.Files;
using Kit.Normalization;

namespace Kit.Lexicon;

/// <summary>
/// The reporting verbs in all their forms, read from an editable file (Data/reporting-verbs.txt; format in its
/// header) and normalized like the text, so أكد and اكد are one form.
/// </summary>
public sealed class ReportingVerbs
{
    private static readonly string[] Kinds = ["past", "present", "participle", "noun"];
    private static readonly string[] KnownFlags = [VerbForm.SourceAfterAn, VerbForm.Lead];
    private readonly Dictionary<string, VerbForm> _byForm;

    public ReportingVerbs(IEnumerable<VerbForm> forms)
    {
        _byForm = new Dictionary<string, VerbForm>(StringComparer.Ordinal);
        foreach (var f in forms) _byForm.TryAdd(f.Form, f);
        Forms = _byForm.Values.ToList();
        _spellings = new WordList(_byForm.Keys);
    }

    public static ReportingVerbs Default => DefaultLazy.Value;

    private static readonly Lazy<ReportingVerbs> DefaultLazy = new(() => Load());

    public IReadOnlyList<VerbForm> Forms { get; }

    public IEnumerable<string> Lemmas => Forms.Select(f => f.Lemma).Distinct();

    public static ArabicNormalizer Normalizer => ArabicNormalizer.Aggressive;

    /// <summary>The form a normalized word is, without proclitics (null when it is no reporting verb).</summary>
    public VerbForm? Lookup(string normalizedWord) => _spellings.Contains(normalizedWord) ? _byForm.GetValueOrDefault(normalizedWord) : null;

    /// <summary>The same, for part of a word (a word without its proclitic): no string is made unless it is a verb.</summary>
    public VerbForm? Lookup(ReadOnlySpan<char> normalizedWord) =>
        _spellings.Contains(normalizedWord) ? _byForm.GetValueOrDefault(normalizedWord.ToString()) : null;

    // Every form, looked up by span: most words are no reporting verb, and this says so without allocating.
    private readonly WordList _spellings;

    /// <summary>Reads a verbs file (format: src/Kit/Data/reporting-verbs.txt); null reads the bundled one.</summary>
    public static ReportingVerbs Load(string? path = null)
    {
        string source = path ?? "reporting-verbs.txt";
        var forms = new List<VerbForm>();
        int number = 0;
        foreach (var raw in KitData.ReadTextOrBundled(path, "reporting-verbs.txt").Split('\n'))
        {
            number++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var fields = line.Split('|').Select(f => f.Trim()).ToArray();
            string lemma = Normalizer.Apply(fields[0]);
            if (fields.Length < 2 || lemma.Length == 0)
                throw new KitInputException($"{source}, line {number}: expected \"lemma | past: forms | …\", found \"{line}\".", path);
            var flags = new HashSet<string>(StringComparer.Ordinal);
            var groups = new List<(VerbFormKind Kind, string[] Words)>();
            foreach (var field in fields.Skip(1))
            {
                int colon = field.IndexOf(':');
                string name = colon < 0 ? "" : field[..colon].Trim();
                var words = colon < 0 ? [] : field[(colon + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (name == "flags")
                {
                    foreach (var flag in words)
                        if (KnownFlags.Contains(flag)) flags.Add(flag);
                        else throw new KitInputException($"{source}, line {number}: unknown flag \"{flag}\"; use {string.Join(" or ", KnownFlags)}.", path);
                    continue;
                }
                int kind = Array.IndexOf(Kinds, name);
                if (kind < 0)
                    throw new KitInputException($"{source}, line {number}: \"{field}\" should start with {string.Join(":, ", Kinds)}: or flags:.", path);
                groups.Add(((VerbFormKind)kind, words));
            }
            foreach (var (kind, words) in groups)
                foreach (var word in words)
                {
                    bool adjacent = word.EndsWith('*');
                    string form = Normalizer.Apply(adjacent ? word[..^1] : word);
                    forms.Add(new VerbForm(lemma, form, kind, adjacent, flags));
                }
        }
        return new ReportingVerbs(forms);
    }
}
