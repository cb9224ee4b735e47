using Kit.Actors;
using Kit.Corpus;

namespace Kit.Exercises;

/// <summary>Checks for notebook 03 (actors). Expected values come from the hand-annotated gold (tests/gold/mentions.tsv).</summary>
public static class ActorChecks
{
    /// <summary>Exercise 3.1: how often an actor is mentioned by name in the cleaned corpus.</summary>
    public static CheckResult CountMentions(Func<TextCorpus, string, int> countMentions)
    {
        const string exercise = "3.1";
        const string hint = "Hint: MentionFinder.Default.Find(corpus) finds every mention; keep those whose Actor is the id and whose Kind is MentionKind.Name (الروسي is an adjective, not the name روسيا).";
        // Counted in tests/gold/mentions.tsv (kind=name), the hand annotation of the seeds, outside the boilerplate Clean() removes.
        (string Actor, int Mentions, string Note)[] expected =
        [
            ("john-kerry", 23, "as جون كيري, كيري and وكيري"),
            ("pentagon", 8, "as البنتاغون, البنتاجون and وزارة الدفاع الأمريكية"),
            ("washington", 11, "not counting واشنطن بوست, which is a newspaper"),
            ("sergey-lavrov", 3, "as سيرغي لافروف and لافروف"),
            ("united-states", 22, "as الولايات المتحدة, أمريكا and أميركا, not counting الأمريكي, an adjective"),
        ];
        var corpus = CorpusLoader.LoadSeeds().Clean();
        foreach (var (actor, count, note) in expected)
        {
            int answer = Check.Run(exercise, () => countMentions(corpus, actor), hint);
            Check.That(exercise, answer == count, $"you counted {answer} mentions of {actor}, but the gold has {count} ({note}). {hint}");
        }
        return Check.Passed(exercise, "Kerry 23, the Pentagon 8 in all its spellings, Washington 11 without the Post, the United States 22 by name.");
    }

    /// <summary>Exercise 3.2: the country mentioned most (by name) in each document.</summary>
    public static CheckResult TopCountryPerDocument(Func<TextCorpus, IReadOnlyDictionary<string, string>> topCountry)
    {
        const string exercise = "3.2";
        const string hint = "Hint: ActorCounts.Of(mentions).ByDocument has one row per document and actor; keep Type == ActorType.Country, group by Document and take the row with the most Mentions.";
        // From tests/gold/mentions.tsv outside the removed boilerplate: Syria leads 000, 001, 002 and 004; Russia leads 003.
        (string Document, string Country, string Note)[] expected =
        [
            ("000_0f2ce59b6fa4586a", "syria", "6 times, Russia 3"),
            ("001_f6010fdbcee2629d", "syria", "11 times, the United States 6"),
            ("002_03edd946449ee7ed", "syria", "8 times, Russia 4"),
            ("003_36a2fafde9fbd47a", "russia", "7 times, the United States and Syria 6 each"),
            ("004_88102d76cfe70e6b", "syria", "15 times, Russia 11"),
        ];
        var corpus = CorpusLoader.LoadSeeds().Clean();
        var answer = Check.Run(exercise, () => topCountry(corpus), hint);
        foreach (var (document, country, note) in expected)
        {
            Check.That(exercise, answer.ContainsKey(document), $"your dictionary has no entry for document {document}; key it by Document id. {hint}");
            Check.That(exercise, answer[document] == country,
                $"in {document} you found {answer[document]}, but {country} is mentioned most ({note}). {hint}");
        }
        return Check.Passed(exercise, "Syria leads four articles; the Kerry–Putin meeting article (003) is about Russia.");
    }

    /// <summary>Exercise 3.3: grow the gazetteer so the finder knows Sergei Ryabkov, full name and surname.</summary>
    public static CheckResult GrowTheGazetteer(Func<MentionFinder> makeFinder)
    {
        const string exercise = "3.3";
        const string hint = "Hint: discovered.ToActor(\"sergei-ryabkov\") makes an actor with the full name and the surname as aliases; Gazetteer.Default.With(actor) adds it, and new MentionFinder(gazetteer) uses it.";
        // Read off the sentences: the full name once, the surname once with و, once alone; Lavrov must still be found.
        const string text = "قال نائب وزير الخارجية الروسي سيرغي ريابكوف إن موسكو مستعدة. وأضاف وريابكوف معا ريابكوف ولافروف.";
        var finder = Check.Run(exercise, makeFinder, hint);
        var mentions = Check.Run(exercise, () => finder.Find("t", text), hint);
        // Found through the gazetteer, not only discovered from the title (MentionFinder.Default discovers him too).
        var ryabkov = mentions.Where(m => m.Type == ActorType.Person && m.Surface.Contains("ريابكوف") && m.Origin == MentionOrigin.Gazetteer)
            .Select(m => m.Surface).ToList();
        Check.That(exercise, ryabkov.Count == 3,
            $"your finder found Ryabkov {ryabkov.Count} times in «{text}»; he is there 3 times (سيرغي ريابكوف, وريابكوف, ريابكوف). {hint}");
        Check.That(exercise, ryabkov[0] == "سيرغي ريابكوف", $"the first mention should be the full name سيرغي ريابكوف, not {ryabkov[0]}. {hint}");
        Check.That(exercise, mentions.Any(m => m.Actor == "sergey-lavrov"), $"your finder lost Lavrov: add to Gazetteer.Default, do not start from an empty one. {hint}");
        return Check.Passed(exercise, "Ryabkov found by full name and surname, with his clitics, and Lavrov still there.");
    }
}
