using System.CommandLine;
using Kit.Cli.Commands;

namespace Kit.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        var root = new RootCommand("kit: text analysis of Arabic news, for teaching. Runs notebooks, releases exercises, analyzes a corpus.");
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
