using System.CommandLine;
using System.CommandLine.Help;
using Kit.Cli.Commands;

namespace Kit.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        // Named "kit" in its own help (a RootCommand takes the executable's name, Kit.Cli); help and version as a RootCommand has them.
        var root = new Command("kit", "kit: text analysis of Arabic news, for teaching. Runs notebooks, releases exercises, analyzes a corpus.")
        {
            new HelpOption(),
            new VersionOption(),
        };
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(ReleaseCommand.Create());
        root.Subcommands.Add(TokenizeCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(EntitiesCommand.Create());
        root.Subcommands.Add(CooccurrenceCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(QuotesCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        var parsed = root.Parse(args);
        if (ParseErrors.Report(parsed, Console.Error)) return Friendly.BadInput;
        return parsed.Invoke();
    }
}
