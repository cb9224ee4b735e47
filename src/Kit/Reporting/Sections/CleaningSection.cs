using Kit.Display;
using Kit.Normalization;

namespace Kit.Reporting.Sections;

/// <summary>What cleaning removed (per rule) and what each normalization step changed, with a few examples.</summary>
public sealed class CleaningSection(ArabicNormalizer? normalizer = null) : IReportSection
{
    private const int ExamplesPerStep = 3;

    // Examples come from the first documents; after these, the fast path counts the changes without them.
    private const int DocumentsWithExamples = CorpusReport.ExampleDocuments;

    private readonly ArabicNormalizer normalizer = normalizer ?? ArabicNormalizer.Standard;
    private readonly SortedDictionary<string, (int Removals, int Characters, string Example)> rules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Explanation, long Changed, List<string> Examples)> steps = [];
    private readonly List<string> stepOrder = [];
    private int documents;

    public string Id => "cleaning";

    public string Title => "Cleaning and normalization";

    public void Add(AnalyzedDocument document)
    {
        foreach (var r in document.Document.Removals)
        {
            var (n, chars, example) = rules.GetValueOrDefault(r.Rule, (0, 0, r.Text));
            rules[r.Rule] = (n + 1, chars + r.Span.Length, example);
        }
        bool examples = documents++ < DocumentsWithExamples;
        var normalized = document.Layers is { } layers && normalizer.Profile == ArabicNormalizer.Standard.Profile
            ? KitText(layers, examples)
            : normalizer.Normalize(document.Document.AnalysisText, collectExamples: examples);
        foreach (var change in normalized.Changes)
        {
            if (!steps.TryGetValue(change.Step, out var s))
            {
                stepOrder.Add(change.Step);
                s = (change.Explanation, 0, []);
            }
            foreach (var e in change.Examples)
                if (s.Examples.Count < ExamplesPerStep && !s.Examples.Contains($"{e.Before} → {e.After}")) s.Examples.Add($"{e.Before} → {e.After}");
            steps[change.Step] = (s.Explanation, s.Changed + change.CharactersChanged, s.Examples);
        }
    }

    // The layers' kit text serves, made again step by step only when one of its changes may still give the table an
    // example (a step that changed something here and shows fewer than ExamplesPerStep): soon none does.
    private NormalizedText KitText(Layers.TextLayers layers, bool examples) =>
        examples && MayGiveExamples(layers.Normalized) ? layers.NormalizedWithExamples() : layers.Normalized;

    private bool MayGiveExamples(NormalizedText normalized)
    {
        foreach (var change in normalized.Changes)
            if (change.CharactersChanged > 0 && (!steps.TryGetValue(change.Step, out var s) || s.Examples.Count < ExamplesPerStep))
                return true;
        return false;
    }

    public string ToHtml(ReportContext context)
    {
        var removed = rules.Count == 0
            ? "<p>Cleaning removed nothing.</p>"
            : HtmlTable.Of(rules, ("rule", r => r.Key), ("removals", r => r.Value.Removals), ("characters", r => r.Value.Characters),
                ("example", r => r.Value.Example)).WithCaption("Boilerplate removed by the cleaning rules (offsets kept)").ToHtml();
        var normalization = HtmlTable.Of(stepOrder, ("step", s => s), ("what it does", s => steps[s].Explanation),
            ("characters changed", s => steps[s].Changed), ("examples", s => string.Join("  ·  ", steps[s].Examples)))
            .WithCaption("Normalization (standard profile), step by step").ToHtml();
        return removed + normalization;
    }
}
