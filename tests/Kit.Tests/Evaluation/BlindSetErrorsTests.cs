using Kit.Actors;
using Kit.Cleaning;
using Kit.Corpus;
using Kit.Evaluation;
using Kit.Quotes;
using Kit.Tests.Support;
using Xunit.Abstractions;

namespace Kit.Tests.Evaluation;

/// <summary>
/// The errors of the kit on an annotated folder, per document: gold persons missed, predicted persons that are none,
/// quotes whose speaker is wrong or missing. For reading errors by kind:
/// <code>KIT_BLIND_ERRORS=/path/to/dev dotnet test tests/Kit.Tests --filter BlindSetErrors --logger "console;verbosity=detailed"</code>
/// </summary>
public class BlindSetErrorsTests(ITestOutputHelper output)
{
    [FolderFact("KIT_BLIND_ERRORS")]
    public void BlindSetErrors_lists_the_misses_and_the_wrong_ones()
    {
        var set = BlindSet.Load(FolderFactAttribute.FolderFor("KIT_BLIND_ERRORS", null)!);
        static bool Overlap(int a, int b, int c, int d) => a < d && c < b;
        foreach (var document in set.Documents)
        {
            var cleaned = Kit.Cleaning.Cleaner.Default.Clean(document);
            var mentions = MentionFinder.Default.Find(cleaned);
            var persons = mentions.Where(m => m.Type == ActorType.Person && m.Kind == MentionKind.Name).ToList();
            var quotes = QuoteExtractor.Default.Extract(cleaned, mentions);
            string text = cleaned.AnalysisText;
            string Around(int start, int end) => text[Math.Max(0, start - 40)..start] + "[" + text[start..end] + "]" + text[end..Math.Min(text.Length, end + 40)];
            var gold = set.Persons.Where(p => p.Document == document.Id).ToList();
            output.WriteLine($"==== {document.Id}");
            foreach (var g in gold.Where(g => !persons.Any(m => Overlap(m.Start, m.End, g.Start, g.End))))
                output.WriteLine($"  MISSED person {g.Surface} ({g.Person}): {Around(g.Start, g.End)}".ReplaceLineEndings(" "));
            foreach (var m in persons.Where(m => !gold.Any(g => Overlap(m.Start, m.End, g.Start, g.End))))
                output.WriteLine($"  WRONG person {m.Surface} [{m.Evidence}]: {Around(m.Start, m.End)}".ReplaceLineEndings(" "));
            // KIT_BLIND_ALL=1: every predicted person with its evidence, right or wrong.
            if (Environment.GetEnvironmentVariable("KIT_BLIND_ALL") == "1")
                foreach (var m in persons)
                    output.WriteLine($"  PERSON {m.Surface} [{m.Evidence}] {m.Start}-{m.End}".ReplaceLineEndings(" "));
            // A second prediction on a gold span already counted is a false positive too (BlindScorer counts each gold span once).
            var used = new bool[gold.Count];
            foreach (var m in persons)
            {
                int hit = gold.FindIndex(g => Overlap(m.Start, m.End, g.Start, g.End));
                if (hit < 0) continue;
                int free = gold.FindIndex(g => !used[gold.IndexOf(g)] && Overlap(m.Start, m.End, g.Start, g.End));
                if (free >= 0) used[free] = true;
                else output.WriteLine($"  DOUBLE person {m.Surface} [{m.Evidence}]: {Around(m.Start, m.End)}".ReplaceLineEndings(" "));
            }
            foreach (var g in set.Quotes.Where(q => q.Document == document.Id))
            {
                int length = Math.Max(1, g.End - g.Start);
                var q = quotes.FirstOrDefault(q => (Math.Min(g.End, q.End) - Math.Max(g.Start, q.Start)) * 2 >= length);
                string goldSpeaker = g.HasSpeaker ? $"{g.Speaker} ({g.Person})" : "(none)";
                if (q is null)
                    output.WriteLine($"  QUOTE MISSED [{g.Verb}] speaker {goldSpeaker}: {Around(g.Start, g.End)}".ReplaceLineEndings(" "));
                else if (!BlindScorer.SameSpeaker(g, q, set.Persons))
                    output.WriteLine($"  SPEAKER gold {goldSpeaker} got {(q.Speaker is { Start: >= 0 } s ? s.Text + " [" + s.Sieve + ": " + s.Reason + "]" : "(none) [" + q.SpeakerReason + "]")}: verb {g.Verb}: {Around(g.Start, Math.Min(g.End, g.Start + 30))}".ReplaceLineEndings(" "));
            }
            foreach (var q in quotes.Where(q => !set.Quotes.Any(g => g.Document == document.Id && (Math.Min(g.End, q.End) - Math.Max(g.Start, q.Start)) * 2 >= Math.Max(1, g.End - g.Start))))
                output.WriteLine($"  QUOTE EXTRA [{q.Verb}] {q.Speaker?.Text}: {Around(q.Start, Math.Min(q.End, q.Start + 40))}".ReplaceLineEndings(" "));
        }
    }
}
