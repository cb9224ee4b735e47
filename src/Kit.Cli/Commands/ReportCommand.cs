using System.CommandLine;
using Kit.Cli.Progress;
using Kit.Charts;
using Kit.Cli.Output;
using Kit.Corpus;
using Kit.Files;
using Kit.Reporting;
using Kit.Scale;

namespace Kit.Cli.Commands;

/// <summary>
/// <c>kit report FOLDER --out FILE.html</c>: the whole analysis of a corpus folder as one standalone page, with
/// plotly.js inlined when a local copy exists (npm ci --prefix tests/browser), else loaded from the pinned CDN. It needs
/// nothing of the repository: run it from anywhere.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "A folder of UTF-8 .txt articles." }.NotEmpty();
        var output = new Option<string>("--out") { Description = "The HTML file to write.", Required = true }.NotEmpty();
        var title = new Option<string?>("--title") { Description = "The report's title (default: the folder's name)." };
        var replace = new Option<bool>("--replace-invalid") { Description = "Replace bytes that are not valid UTF-8 with U+FFFD (and warn) instead of stopping." };
        var force = new Option<bool>("--force") { Description = "Replace an existing file that kit report did not write (never a notebook, an input or a file of the kit)." };
        var command = new Command("report", "Write a standalone HTML report of a corpus folder: documents, cleaning, terms, actors, co-occurrence, quotes.")
            { folder, output, title, replace, force };
        var analysis = AnalysisArguments.AddTo(command, verbs: true, cooccurrence: true);
        command.SetAction(parse => Friendly.Run(() =>
        {
            string corpus = parse.GetValue(folder)!;
            var inputs = CorpusLoader.ArticleFiles(corpus, warn: _ => { }).Concat(analysis.Files(parse));
            string target = OutputGuard.Check(parse.GetValue(output)!, "kit report", CorpusReport.GeneratorMarker, inputs, parse.GetValue(force));
            using var interrupt = new Interrupt();
            try
            {
                var pipeline = analysis.Pipeline(parse);
                Write(corpus, target, pipeline, parse.GetValue(title), parse.GetValue(replace), interrupt.Token);
            }
            catch (OperationCanceledException) when (interrupt.Token.IsCancellationRequested)
            {
                Console.Error.WriteLine(Friendly.OneLine($"kit: interrupted; {parse.GetValue(output)} was not written."));
                return interrupt.ExitCode;
            }
            Console.Error.WriteLine(Friendly.OneLine($"wrote {parse.GetValue(output)}"));
            return Friendly.Ok;
        }));
        return command;
    }

    /// <summary>
    /// Streams the folder (articles read, cleaned and analyzed on every core, added in file order), builds the report
    /// and writes it atomically (a temporary file, then a rename).
    /// </summary>
    public static string Write(string folder, string outPath, string? title = null, string? gazetteerPath = null, bool replaceInvalid = false,
        CancellationToken cancellationToken = default) =>
        Write(folder, outPath, AnalysisArguments.Pipeline(gazetteerPath), title, replaceInvalid, cancellationToken);

    /// <summary>The same, every document analyzed by this pipeline, which also configures the sections.</summary>
    public static string Write(string folder, string outPath, AnalysisPipeline pipeline, string? title = null, bool replaceInvalid = false,
        CancellationToken cancellationToken = default)
    {
        if (Directory.Exists(outPath))
            throw new KitInputException($"{outPath}: is a folder; give --out a file name such as {Path.Combine(outPath, "report.html")}.", outPath);
        var corpus = CorpusStream.Open(folder, replaceInvalid, Friendly.Warn).Cleaned(pipeline.Cleaner);
        var plotly = PlotlyScript.FindLocalCopy(Directory.GetCurrentDirectory()) ?? PlotlyScript.FindLocalCopy(KitRootOrNull());
        var options = new ReportOptions
        {
            Title = title ?? $"Corpus report: {Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar))}",
            Source = $"{corpus.Files.Count} articles from {Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar))}/",
            Pipeline = pipeline,
            PlotlyJs = plotly is null ? null : File.ReadAllText(plotly),
        };
        var report = new CorpusReport(options);
        using (var progress = ProgressReporter.ForConsole(TimeSpan.FromMilliseconds(100)))
        {
            int done = 0;
            foreach (var analysis in corpus.Select((d, index) => pipeline.Analyze(d, collectExamples: index < CorpusReport.ExampleDocuments)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                report.Add(analysis);
                progress.Report(++done, corpus.Files.Count, analysis.Document.Id);
            }
        }
        cancellationToken.ThrowIfCancellationRequested();
        AtomicFile.WriteText(outPath, report.WriteTo);
        return outPath;
    }

    // Outside the repository there is no kit folder: the report then does without a local plotly.js.
    private static string? KitRootOrNull()
    {
        try { return KitPaths.Root; }
        catch (Exception e) when (e is KitInputException or DirectoryNotFoundException) { return null; }
    }
}
