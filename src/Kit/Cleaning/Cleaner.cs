using System.Text.Json;
using System.Text.Json.Serialization;
using Kit.Files;
using Kit.Text;

namespace Kit.Cleaning;

/// <summary>
/// Removes boilerplate (share-button leftovers, "read also" lines, datelines) by named rules from a data file
/// (Data/cleaning.json). Nothing is cut: removals are recorded so a notebook can show what went, and where.
/// </summary>
public sealed partial class Cleaner
{
    public Cleaner(IEnumerable<CleaningRule> rules) => Rules = rules.ToArray();

    public IReadOnlyList<CleaningRule> Rules { get; }

    /// <summary>The bundled rules of Data/cleaning.json.</summary>
    public static Cleaner Default { get; } = FromJson(KitData.ReadText("cleaning.json"), "cleaning.json");

    /// <summary>Rules from an instructor's own JSON file (same format as Data/cleaning.json).</summary>
    public static Cleaner FromFile(string path) => FromJson(TextFiles.ReadUtf8(path), path);

    public static Cleaner FromJson(string json, string source)
    {
        try
        {
            var file = JsonSerializer.Deserialize(json, RulesJson.Default.RulesFile);
            var rules = file?.Rules ?? throw new KitInputException($"{source}: has no \"rules\" array.", source);
            return new Cleaner(rules.Select(r => new CleaningRule(r.Name, r.Explanation, r.Pattern)));
        }
        catch (JsonException e)
        {
            throw new KitInputException($"{source}: invalid JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: {e.Message}", source, e);
        }
        catch (ArgumentException e)
        {
            throw new KitInputException($"{source}: a rule has an invalid pattern: {e.Message}", source, e);
        }
    }

    public Cleaner Without(params string[] names) => new(Rules.Where(r => !names.Contains(r.Name)));

    /// <summary>What the rules would remove from a document's text, in text order (a Document is cleaned by Kit.Corpus.DocumentCleaning).</summary>
    public IReadOnlyList<Removal> FindRemovals(string documentId, string text)
    {
        List<Removal>? found = null; // most documents match no rule: no list is made for them
        for (int r = 0; r < Rules.Count; r++)
            foreach (var (start, end) in Rules[r].Matches(text))
                (found ??= []).Add(new Removal(Rules[r].Name, documentId, new TextSpan(start, end), text[start..end]));
        if (found is null) return [];
        return found.Count == 1 ? found : found.OrderBy(r => r.Span.Start).ToList(); // stable: rule order where two start together
    }

    private sealed record RulesFile(List<RuleEntry>? Rules);

    private sealed record RuleEntry(string Name, string Explanation, string Pattern);

    // The reader is generated at build: reflection over the records (and the code it emits) cost every start of a run.
    [JsonSourceGenerationOptions(PropertyNameCaseInsensitive = true)]
    [JsonSerializable(typeof(RulesFile))]
    private sealed partial class RulesJson : JsonSerializerContext;
}
