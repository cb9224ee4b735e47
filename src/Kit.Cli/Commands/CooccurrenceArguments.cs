using System.CommandLine;
using Kit.Actors;
using Kit.Cooccurrence;
using Kit.Files;

namespace Kit.Cli.Commands;

/// <summary>
/// The co-occurrence switches kit cooccurrence and kit report share, so the report's section can be made exactly like
/// the command's table.
/// </summary>
internal sealed class CooccurrenceArguments
{
    public Option<string> Window { get; } = WindowOption();

    public Option<string?> Types { get; } =
        new("--types") { Description = $"Actor types that take part in co-occurrence, comma-separated ({string.Join(",", ActorType.All)}); all by default." };

    public Option<bool> FoldCapitals { get; } = new("--fold-capitals") { Description = "Count a capital as its country (موسكو → روسيا)." };

    public Option<bool> Adjectives { get; } =
        new("--adjectives") { Description = "Count nationality adjectives (الروسي → روسيا) as co-occurring mentions; off by default." };

    public Option<int> MinCount { get; } =
        new("--min-count") { Description = "Keep pairs seen in at least this many windows.", DefaultValueFactory = _ => 1 };

    private static Option<string> WindowOption()
    {
        var window = new Option<string>("--window") { Description = "The co-occurrence window: sentence, paragraph or document.", DefaultValueFactory = _ => "sentence" };
        window.AcceptOnlyFromAmong("sentence", "paragraph", "document");
        return window;
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Window);
        command.Options.Add(Types);
        command.Options.Add(FoldCapitals);
        command.Options.Add(Adjectives);
        command.Options.Add(MinCount);
    }

    public CooccurrenceOptions Options(ParseResult parse) =>
        Options(parse.GetValue(Window)!, parse.GetValue(Types), parse.GetValue(FoldCapitals), parse.GetValue(Adjectives), parse.GetValue(MinCount));

    /// <summary>The options from the command line; a bad type or count is one line of feedback, not a trace.</summary>
    public static CooccurrenceOptions Options(string window, string? types, bool foldCapitals, bool adjectives, int minCount)
    {
        var list = types?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var unknown = list?.FirstOrDefault(t => !ActorType.All.Contains(t));
        if (unknown is not null) throw new KitInputException($"--types: no actor type '{unknown}'; use {string.Join(", ", ActorType.All)}.");
        if (minCount < 1) throw new KitInputException($"--min-count: {minCount} is below 1; a pair needs at least one window.");
        return new CooccurrenceOptions(WindowNames.Parse(window), list, foldCapitals, adjectives, minCount);
    }
}
