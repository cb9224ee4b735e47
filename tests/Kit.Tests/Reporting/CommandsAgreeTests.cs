using System.Text.Json;
using System.Text.RegularExpressions;
using Kit.Actors;
using Kit.Actors.Counting;
using Kit.Cooccurrence;
using Kit.Quotes;
using Kit.Tests.Notebooks;
using Kit.Tests.Support;

namespace Kit.Tests.Reporting;

/// <summary>
/// Issue 16: kit entities, kit quotes, kit cooccurrence and kit report run one configured pipeline, so they agree with
/// each other and with the notebook API; a gazetteer of one's own (--actors) reaches all four alike.
/// </summary>
[Collection(NotebookCollection.Name)]
public class CommandsAgreeTests
{
    // Three actors under ids of our own (so a count under these ids can only come from this file). Worked by hand from
    // the seeds with grep, outside the one "اقرأ أيضاً" line per article that cleaning removes (none names these):
    // موسكو 20 times, لموسكو 2, وموسكو 2, and موسكووواشنطن (a lost space) once: 25 mentions, in all 5 articles;
    // واشنطن 11, وواشنطن 1, موسكووواشنطن 1: 13 mentions, in 000, 002, 003, 004 (twice in واشنطن بوست, a newspaper
    // this gazetteer does not know); دمشق 5, لدمشق 3: 8 mentions, in 000, 001, 004.
    private const string ThreeCities = """
        {"actors": [
          {"id": "moskva", "name": "موسكو", "english": "Moskva", "type": "city", "aliases": ["موسكو"]},
          {"id": "washington-dc", "name": "واشنطن", "english": "Washington DC", "type": "city", "aliases": ["واشنطن"]},
          {"id": "dimashq", "name": "دمشق", "english": "Dimashq", "type": "city", "aliases": ["دمشق"]}
        ]}
        """;

    private static JsonElement Json(params string[] args)
    {
        var result = KitCommand.Run(args);
        Assert.True(result.ExitCode == 0, result.Err);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    private static string Report(TempFolder temp, params string[] options)
    {
        string path = Path.Combine(temp.Path, $"report{options.Length}.html");
        var result = KitCommand.Run(["report", Seeds.Folder, "--out", path, .. options]);
        Assert.True(result.ExitCode == 0, result.Err);
        return File.ReadAllText(path);
    }

    private static Dictionary<string, (int Mentions, int Documents)> PerActor(JsonElement mentions) =>
        mentions.EnumerateArray().GroupBy(m => m.GetProperty("actor").GetString()!)
            .ToDictionary(g => g.Key, g => (g.Count(), g.Select(m => m.GetProperty("doc").GetString()).Distinct().Count()));

    [Fact]
    public void Entities_json_report_and_actor_counts_agree_on_the_seeds()
    {
        using var temp = new TempFolder();
        var fromCommand = PerActor(Json("entities", Seeds.Folder, "--format", "json"));
        var api = ActorCounts.Of(MentionFinder.Default.Find(Seeds.Corpus.Clean()));
        Assert.Equal(api.ByActor.ToDictionary(c => c.Actor, c => (c.Mentions, c.Documents)), fromCommand);
        string html = Report(temp);
        Assert.Contains($"{fromCommand.Count} actors, {fromCommand.Values.Sum(c => c.Mentions)} mentions by name", html);
        foreach (var c in api.ByActor.Take(20))
            Assert.Contains($"<td>{c.Type}</td><td>{fromCommand[c.Actor].Mentions}</td><td>{fromCommand[c.Actor].Documents}</td></tr>", html);
    }

    [Fact]
    public void Quotes_json_report_and_quote_counts_agree_on_the_seeds()
    {
        using var temp = new TempFolder();
        var quotes = Json("quotes", Seeds.Folder, "--format", "json").EnumerateArray().ToList();
        var api = QuoteCounts.Of(QuoteExtractor.Default.Extract(Seeds.Corpus.Clean()));
        Assert.Equal(api.Quotes.Select(q => (q.Document, q.Start, q.End, q.Actor)),
            quotes.Select(q => (q.GetProperty("doc").GetString()!, q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32(), q.GetProperty("actor").GetString())));
        string html = Report(temp);
        int Kind(string k) => quotes.Count(q => q.GetProperty("kind").GetString() == k);
        Assert.Contains($"{quotes.Count} quotes: {Kind("direct")} direct, {Kind("indirect")} indirect, {Kind("mixed")} mixed; "
            + $"{api.UnnamedSources} from sources the text does not name, {api.WithoutSpeaker} with no speaker found.", html);
        foreach (var s in api.BySpeaker.Take(15))
            Assert.Contains($"{s.English}: {quotes.Count(q => q.GetProperty("actor").GetString() == s.Actor)} quotes", html);
    }

    [Fact]
    public void Cooccurrence_json_equals_the_notebook_count()
    {
        var edges = Json("cooccurrence", Seeds.Folder, "--window", "paragraph", "--format", "json").GetProperty("edges").EnumerateArray()
            .Select(e => (e.GetProperty("a").GetString()!, e.GetProperty("b").GetString()!, e.GetProperty("count").GetInt32())).ToHashSet();
        var api = Cooccurrences.Count(Seeds.Corpus.Clean(), Window.Paragraph);
        Assert.Equal(api.Edges.Select(e => (e.A.Actor, e.B.Actor, e.Count)).ToHashSet(), edges);
    }

    [Fact]
    public void A_gazetteer_of_ones_own_reaches_entities_quotes_cooccurrence_and_the_report()
    {
        using var temp = new TempFolder();
        string gazetteer = temp.File("three-cities.json", ThreeCities);

        var mentions = PerActor(Json("entities", Seeds.Folder, "--actors", gazetteer, "--format", "json"));
        Assert.Equal((25, 5), mentions["moskva"]);
        Assert.Equal((13, 4), mentions["washington-dc"]);
        Assert.Equal((8, 3), mentions["dimashq"]);
        // Nobody of the bundled gazetteer is left: people are only those discovered (by their titles).
        Assert.All(mentions.Keys, id => Assert.True(id is "moskva" or "washington-dc" or "dimashq" || id.StartsWith("discovered:", StringComparison.Ordinal), id));

        // John Kerry, the most quoted with the bundled gazetteer, is not in this one: no quote names him.
        var speakers = Json("quotes", Seeds.Folder, "--actors", gazetteer, "--format", "json").EnumerateArray()
            .Select(q => q.GetProperty("actor").GetString()).ToList();
        Assert.DoesNotContain("john-kerry", speakers);
        Assert.All(speakers.OfType<string>(), id => Assert.True(id is "moskva" or "washington-dc" or "dimashq" || id.StartsWith("discovered:", StringComparison.Ordinal), id));

        // Document windows: the pair is counted in every article that names both (موسكو is in all five).
        var pairs = Json("cooccurrence", Seeds.Folder, "--actors", gazetteer, "--window", "document", "--format", "json").GetProperty("edges")
            .EnumerateArray().ToDictionary(e => (e.GetProperty("a").GetString()!, e.GetProperty("b").GetString()!), e => e.GetProperty("count").GetInt32());
        Assert.Equal(4, pairs[("moskva", "washington-dc")]);
        Assert.Equal(3, pairs[("dimashq", "moskva")]);
        Assert.Equal(2, pairs[("dimashq", "washington-dc")]);

        string html = Report(temp, "--actors", gazetteer, "--window", "document");
        Assert.Contains("Moskva (city): 25 mentions in 5 documents", html);
        Assert.Contains("Washington DC (city): 13 mentions in 4 documents", html);
        Assert.Contains("Dimashq (city): 8 mentions in 3 documents", html);
        Assert.DoesNotContain("John Kerry", html);
        Assert.Contains("in 5 document windows", html);
        Assert.Matches(new Regex(">موسكو</td><td[^>]*>واشنطن</td><td>4</td>"), html);
        Assert.Contains($"{speakers.Count} quotes:", html);
    }

    [Fact]
    public void The_report_takes_the_cooccurrence_switches_of_kit_cooccurrence_and_counts_alike()
    {
        using var temp = new TempFolder();
        string[] switches = ["--fold-capitals", "--types", "country", "--window", "paragraph"];
        var graph = Json(["cooccurrence", Seeds.Folder, .. switches, "--format", "json"]);
        var names = graph.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("actor").GetString()!, n => n.GetProperty("name").GetString()!);
        var edges = graph.GetProperty("edges").EnumerateArray().ToList();
        Assert.NotEmpty(edges);
        // Only countries take part: موسكو and دمشق are folded into روسيا and سوريا, never a node of their own.
        Assert.All(graph.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("country", n.GetProperty("type").GetString()));

        string html = Report(temp, switches);
        Assert.Contains("paragraph windows, types: country, capitals folded into their countries", html);
        foreach (var e in edges.Take(5))
        {
            string a = names[e.GetProperty("a").GetString()!], b = names[e.GetProperty("b").GetString()!];
            Assert.Matches(new Regex($">{Regex.Escape(a)}</td><td[^>]*>{Regex.Escape(b)}</td><td>{e.GetProperty("count").GetInt32()}</td>"), html);
        }
    }

    [Fact]
    public void No_discovery_leaves_only_the_gazetteers_actors_in_every_command()
    {
        using var temp = new TempFolder();
        string gazetteer = temp.File("three-cities.json", ThreeCities);
        string[] only = ["--actors", gazetteer, "--no-discovery"];
        var withDiscovery = Json("entities", Seeds.Folder, "--actors", gazetteer, "--format", "json").EnumerateArray().ToList();
        Assert.Contains(withDiscovery, m => m.GetProperty("origin").GetString() == "discovered");

        var mentions = Json(["entities", Seeds.Folder, .. only, "--format", "json"]);
        Assert.Equal(["dimashq", "moskva", "washington-dc"], PerActor(mentions).Keys.Order());
        Assert.Equal((25, 5), PerActor(mentions)["moskva"]);
        Assert.All(Json(["quotes", Seeds.Folder, .. only, "--format", "json"]).EnumerateArray(),
            q => Assert.True(q.GetProperty("actor").GetString() is null or "moskva" or "washington-dc" or "dimashq", q.ToString()));
        var nodes = Json(["cooccurrence", Seeds.Folder, .. only, "--format", "json"]).GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("actor").GetString()).Order();
        Assert.Equal(["dimashq", "moskva", "washington-dc"], nodes);
        string html = Report(temp, only);
        Assert.Contains("3 actors, 46 mentions by name", html);
        Assert.DoesNotContain("discovered:", html);
    }

    [Fact]
    public void Cleaning_rules_of_ones_own_reach_every_command_and_a_bad_file_is_named()
    {
        using var temp = new TempFolder();
        string gazetteer = temp.File("three-cities.json", ThreeCities);
        // One rule that removes every موسكو (glued clitics too): the city can no longer be found anywhere.
        string cleaning = temp.File("no-moscow.json", """{"rules": [{"name": "no-moscow", "explanation": "a test", "pattern": "موسكو"}]}""");
        string[] own = ["--actors", gazetteer, "--cleaning", cleaning, "--no-discovery"];
        var mentions = PerActor(Json(["entities", Seeds.Folder, .. own, "--format", "json"]));
        Assert.False(mentions.ContainsKey("moskva"));
        Assert.Equal((8, 3), mentions["dimashq"]);
        var nodes = Json(["cooccurrence", Seeds.Folder, .. own, "--format", "json"]).GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("actor").GetString()).ToList();
        Assert.DoesNotContain("moskva", nodes);
        string html = Report(temp, own);
        Assert.DoesNotContain("Moskva", html);
        Assert.Contains("no-moscow", html);

        string broken = temp.File("broken.json", "{\"rules\": [ {\"name\": ");
        var result = KitCommand.Run(["entities", Seeds.Folder, "--cleaning", broken]);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("broken.json: invalid JSON at line 1", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }
}
