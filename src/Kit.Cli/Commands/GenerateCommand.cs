using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Kit.Corpus;
using Kit.Files;
using Kit.Scale;

namespace Kit.Cli.Commands;

/// <summary>
/// <c>kit generate --size 100MB --out DIR [--seed N] [--from FOLDER]</c>: a large corpus recombined from the seeds
/// (or from FOLDER), the same files for the same seed, for measuring the kit at scale.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var size = new Option<string>("--size") { Description = "How much text: 10MB, 1GB, 500KB (powers of 1000) or bytes.", Required = true };
        var output = new Option<string>("--out") { Description = "A new or empty folder for the articles.", Required = true }.NotEmpty();
        var seed = new Option<long>("--seed") { Description = "The same seed gives the same files.", DefaultValueFactory = _ => 1 };
        var from = new Option<string?>("--from") { Description = "A corpus folder to recombine instead of the seeds." }.NotEmpty();
        var command = new Command("generate", "Write a large corpus made of the seeds' sentences and paragraphs, recombined.") { size, output, seed, from };
        command.SetAction(parse => Friendly.Run(() =>
        {
            long bytes = ParseSize(parse.GetValue(size)!);
            string target = parse.GetValue(output)!;
            DiskSpace.Require(target, DiskBytes(bytes), $"--size {parse.GetValue(size)}");
            var sources = parse.GetValue(from) is { } folder ? CorpusLoader.Load(folder) : CorpusLoader.LoadSeeds();
            var watch = Stopwatch.StartNew();
            using var interrupt = new Interrupt();
            GeneratedCorpus written;
            try
            {
                written = new CorpusGenerator(sources).Write(target, bytes, parse.GetValue(seed), interrupt.Token);
            }
            catch (OperationCanceledException) when (interrupt.Token.IsCancellationRequested)
            {
                Console.Error.WriteLine(Friendly.OneLine($"kit: interrupted; the articles in {target} are whole, the one being made was not written."));
                return interrupt.ExitCode;
            }
            Console.WriteLine(Friendly.OneLine(string.Create(CultureInfo.InvariantCulture,
                $"{written.Folder}: {written.Articles} articles, {written.Bytes / 1e6:0.0} MB, seed {written.Seed}, {watch.Elapsed.TotalSeconds:0.0} s")));
            return Friendly.Ok;
        }));
        return command;
    }

    /// <summary>The most kit generate writes: a measurement needs a few GB; more is a typo.</summary>
    public const long MaxBytes = 100_000_000_000;

    /// <summary>What the files take on disk: about 1.4 times their bytes (an article is ~5 KB, a disk block 4 KB), and some room.</summary>
    public static long DiskBytes(long bytes) => bytes / 2 * 3 + 16_000_000;

    /// <summary>"10MB" → 10,000,000; also KB, GB, B and plain numbers (decimal units, as disks count), up to <see cref="MaxBytes"/>.</summary>
    public static long ParseSize(string text)
    {
        long bytes = ParseAnySize(text);
        if (bytes > MaxBytes)
            throw new KitInputException($"--size {text}: more than the {MaxBytes / 1_000_000_000} GB kit generate writes; ask for less (10MB, 1GB).");
        return bytes;
    }

    private static long ParseAnySize(string text)
    {
        string t = text.Trim().ToUpperInvariant();
        (string Suffix, long Factor)[] units = [("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000), ("B", 1)];
        foreach (var (suffix, factor) in units)
        {
            if (!t.EndsWith(suffix, StringComparison.Ordinal)) continue;
            t = t[..^suffix.Length].Trim();
            if (double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value > 0 && value * factor < long.MaxValue)
                return (long)(value * factor);
            break;
        }
        if (long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out long plain) && plain > 0) return plain;
        throw new KitInputException($"--size {text}: give a size such as 10MB, 1GB or 500KB.");
    }
}
