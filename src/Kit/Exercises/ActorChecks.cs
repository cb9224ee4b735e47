using Kit.Actors;
using Kit.Actors.Counting;
using Kit.Corpus;

namespace Kit.Exercises;

/// <summary>
/// Checks for notebook 03 (actors). Expected values come from the kit's mention finder and counts, run on the corpus
/// the notebook loaded; the small texts below were written for the checks and read by hand.
/// </summary>
public static class ActorChecks
{
    /// <summary>Exercise 3.1: is a word the name, with at most two proclitics (و ف ب ل ك) in front, after normalization?</summary>
    public static CheckResult NameWithClitics(Func<string, string, bool> isNameWithClitics)
    {
        const string exercise = "3.1";
        // Decided by the rule the exercise states (the name, or one or two of و ف ب ل ك before it, both normalized by the standard profile).
        (string Word, string Name, bool Expected, string Why)[] cases =
        [
            ("لافروف", "لافروف", true, "the name itself"),
            ("ولافروف", "لافروف", true, "و in front"),
            ("بموسكو", "موسكو", true, "ب in front"),
            ("وبروسيا", "روسيا", true, "two proclitics, و and ب"),
            ("كروسيا", "روسيا", true, "ك in front"),
            ("وأمريكا", "امريكا", true, "و in front, and أ is ا once normalized"),
            ("أمريكا", "امريكا", true, "the same word once normalized"),
            ("واشنطن", "واشنطن", true, "the name itself, whose و is part of it"),
            ("اشنطن", "واشنطن", false, "a piece of the name is not the name"),
            ("الروسية", "روسيا", false, "an adjective, not the name"),
            ("روس", "روسيا", false, "a shorter word"),
            ("روسيا", "روس", false, "the name inside a longer word"),
            ("فبلبوتين", "بوتين", false, "three letters in front: at most two proclitics"),
            ("سورية", "سوريا", false, "another spelling: that is the gazetteer's work"),
            ("تكيري", "كيري", false, "ت is no proclitic"),
        ];
        foreach (var (word, name, expected, why) in cases)
        {
            bool answer = Check.Run(exercise, () => isNameWithClitics(word, name));
            Check.That(exercise, answer == expected, $"«{word}» {(expected ? "is" : "is not")} a mention of «{name}» ({why}), but you said {(answer ? "it is" : "it is not")}");
        }
        return Check.Passed(exercise, $"right on all {cases.Length} words: clitics off the front, the name whole, spellings left to the gazetteer.");
    }

    /// <summary>Exercise 3.2 (question): how many mentions of the city of Washington does the finder report in a sentence with واشنطن بوست?</summary>
    public static CheckResult PredictWashington(Func<int> answer)
    {
        const string exercise = "3.2";
        const string text = "نقلت صحيفة واشنطن بوست عن مسؤولين في واشنطن أن البنتاغون يراجع خططه.";
        int expected = MentionFinder.Default.Find("question", text).Count(m => m.Actor == "washington");
        return Check.Answer(exercise, answer, expected,
            "the longest name wins: واشنطن بوست is the newspaper, so only the second واشنطن is the city.",
            given => given > expected ? "one of those واشنطن is part of a longer name" : "look again: the city is there");
    }

    /// <summary>Exercise 3.3: how often an actor is mentioned by name in the cleaned corpus.</summary>
    public static CheckResult CountMentions(Func<TextCorpus, string, int> countMentions, TextCorpus corpus)
    {
        const string exercise = "3.3";
        var all = MentionFinder.Default.Find(corpus);
        var byName = all.Where(m => m.Kind == MentionKind.Name).GroupBy(m => m.Actor).ToDictionary(g => g.Key, g => g.Count());
        // The five actors named most, and the one with the most adjective mentions (so adjectives must be left out).
        var actors = byName.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(5).Select(p => p.Key)
            .Concat(all.Where(m => m.Kind == MentionKind.Adjective).GroupBy(m => m.Actor).OrderByDescending(g => g.Count()).Take(1).Select(g => g.Key))
            .Distinct();
        foreach (var actor in actors)
        {
            int expected = byName.GetValueOrDefault(actor);
            int withAdjectives = all.Count(m => m.Actor == actor);
            int answer = Check.Run(exercise, () => countMentions(corpus, actor));
            Check.That(exercise, answer == expected, answer == withAdjectives && withAdjectives != expected
                ? $"you counted {answer} mentions of {actor}, adjectives included; by name it is mentioned {expected} times"
                : $"you counted {answer} mentions of {actor}; the finder finds {expected} by name");
        }
        return Check.Passed(exercise, "one actor, many spellings and clitics, one count: the finder does what the naive counts could not.");
    }

    /// <summary>Exercise 3.4: the country mentioned most (by name) in each document.</summary>
    public static CheckResult TopCountryPerDocument(Func<TextCorpus, IReadOnlyDictionary<string, string>> topCountry, TextCorpus corpus)
    {
        const string exercise = "3.4";
        var counts = ActorCounts.Of(MentionFinder.Default.Find(corpus)).ByDocument.Where(c => c.Type == ActorType.Country).ToList();
        var answer = Check.Run(exercise, () => topCountry(corpus));
        foreach (var document in counts.GroupBy(c => c.Document))
        {
            int top = document.Max(c => c.Mentions);
            var leaders = document.Where(c => c.Mentions == top).Select(c => c.Actor).ToList();
            Check.That(exercise, answer.ContainsKey(document.Key), $"your dictionary has no entry for document {document.Key}: key it by Document id");
            string given = answer[document.Key];
            int givenCount = document.FirstOrDefault(c => c.Actor == given)?.Mentions ?? 0;
            Check.That(exercise, leaders.Contains(given),
                $"in {document.Key} you gave {given} ({givenCount} {CorpusChecks.Plural(givenCount, "mention")}), but a country is named {top} times there");
        }
        return Check.Passed(exercise, "counts per document say what each article is about, which the corpus total hides.");
    }

    /// <summary>Exercise 3.5: in how many documents each actor is named (each document counted once).</summary>
    public static CheckResult DocumentFrequency(Func<IReadOnlyList<Mention>, IReadOnlyDictionary<string, int>> documentFrequency, TextCorpus corpus)
    {
        const string exercise = "3.5";
        var mentions = MentionFinder.Default.Find(corpus);
        var expected = ActorCounts.Of(mentions).ByActor.ToDictionary(c => c.Actor, c => c.Documents);
        var answer = Check.Run(exercise, () => documentFrequency(mentions));
        foreach (var (actor, documents) in expected)
        {
            int given = answer.GetValueOrDefault(actor);
            int mentionCount = mentions.Count(m => m.Actor == actor && m.Kind == MentionKind.Name);
            Check.That(exercise, given == documents, given == mentionCount && mentionCount != documents
                ? $"for {actor} you gave {given}, its number of mentions: count each document once"
                : $"for {actor} you gave {given}; it is named in {documents} {CorpusChecks.Plural(documents, "document")}");
        }
        var extra = answer.Keys.Except(expected.Keys).FirstOrDefault();
        Check.That(exercise, extra is null, $"{extra} is in your answer but never named (adjectives do not count)");
        return Check.Passed(exercise, "document frequency: an actor named 20 times in one article is less widespread than one named once in each.");
    }

    /// <summary>Exercise 3.6: grow the gazetteer so the finder knows Sergei Ryabkov, full name and surname.</summary>
    public static CheckResult GrowTheGazetteer(Func<MentionFinder> makeFinder)
    {
        const string exercise = "3.6";
        // Read off the sentences: the full name once, the surname once with و, once alone; Lavrov must still be found.
        const string text = "قال نائب وزير الخارجية الروسي سيرغي ريابكوف إن موسكو مستعدة. وأضاف وريابكوف معا ريابكوف ولافروف.";
        var finder = Check.Run(exercise, makeFinder);
        var mentions = Check.Run(exercise, () => finder.Find("t", text));
        // Discovery alone finds him too: only mentions the gazetteer knows count here.
        var ryabkov = mentions.Where(m => m.Type == ActorType.Person && !m.IsDiscovered && m.Surface.Contains("ريابكوف")).Select(m => m.Surface).ToList();
        Check.That(exercise, ryabkov.Count == 3,
            $"your finder's gazetteer knew Ryabkov {ryabkov.Count} times in «{text}»; he is there 3 times (سيرغي ريابكوف, وريابكوف, ريابكوف), and discovery alone does not count");
        Check.That(exercise, ryabkov[0] == "سيرغي ريابكوف", $"the first mention should be the full name سيرغي ريابكوف, not {ryabkov[0]}");
        Check.That(exercise, mentions.Any(m => m.Actor == "sergey-lavrov"), "your finder lost Lavrov: add to the default gazetteer, do not start from an empty one");
        return Check.Passed(exercise, "Ryabkov found by full name and surname, with his clitics, and Lavrov still there: a gazetteer grows one actor at a time.");
    }

    /// <summary>Exercise 3.7: the people the gazetteer does not know, each once, with the rule that found them.</summary>
    public static CheckResult DiscoveredPeople(Func<string, IReadOnlyList<(string Name, string Rule)>> discoveredPeople)
    {
        const string exercise = "3.7";
        // Written for the check: a title before a name, the surname again, a name right after a reporting verb, and a
        // person the gazetteer knows (لافروف), who is not discovered.
        const string text = "قال المبعوث الأممي مارتن غريفيث إن المحادثات ستستأنف. وأضاف غريفيث أن الوفد سيزور موسكو. "
            + "وقالت كورنيليا ماركوفيتش، الخبيرة في شؤون الطاقة، إن الأسعار سترتفع، فيما قال لافروف إن روسيا مستعدة.";
        var expected = MentionFinder.Default.Find("question", text).Where(m => m.IsDiscovered)
            .GroupBy(m => m.Actor).Select(g => (g.First().Surface, RuleOf(g.First().Evidence))).ToList();
        var answer = Check.Run(exercise, () => discoveredPeople(text)).ToList();
        Check.That(exercise, answer.Count == expected.Count,
            $"you returned {answer.Count} people; the kit discovers {expected.Count} in this text (each person once, however often named)");
        for (int i = 0; i < expected.Count; i++)
        {
            Check.That(exercise, answer[i].Name == expected[i].Item1, $"person {i + 1} should be «{expected[i].Item1}» (as first written), not «{answer[i].Name}»");
            Check.That(exercise, answer[i].Rule == expected[i].Item2, $"«{expected[i].Item1}» was found by the rule «{expected[i].Item2}» (the word before the colon of its Evidence), not «{answer[i].Rule}»");
        }
        return Check.Passed(exercise, "every person the gazetteer does not know, once, with the rule that vouches for them: a name is trusted because of what stands around it (a title, a reporting verb), and the gazetteer's people are not discovered again.");
    }

    private static string RuleOf(string evidence) => evidence.Split(':', 2)[0];
}
