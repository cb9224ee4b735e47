using Kit.Files;
using Kit.Reporting;
using Kit.Scale;

// The calls ReportCommand.Write makes (src/Kit.Cli/Commands/ReportCommand.cs), without its command line, progress line,
// output guard or plotly.js: the page differs from kit report's only in its title, source line and chart script.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: aot-probe CORPUS_FOLDER OUT.html");
    return 2;
}
var pipeline = AnalysisPipeline.Default;
var corpus = CorpusStream.Open(args[0], replaceInvalidUtf8: false, Console.Error.WriteLine).Cleaned(pipeline.Cleaner);
var report = new CorpusReport(new ReportOptions { Title = "Corpus report (aot-probe)", Source = $"{corpus.Files.Count} articles", Pipeline = pipeline });
foreach (var analysis in corpus.Select((d, index) => pipeline.Analyze(d, collectExamples: index < CorpusReport.ExampleDocuments)))
    report.Add(analysis);
AtomicFile.WriteText(args[1], report.WriteTo);
Console.Error.WriteLine($"wrote {args[1]}");
return 0;
